namespace Portal.Web.Tests;

using Portal.Domain.Sessions;

/// <summary>Calls for component tests; vary them with <c>with { ... }</c>.</summary>
internal static class Calls
{
    public static ActiveCall Live(CallFlags flags = CallFlags.None) =>
        new("call-1", LeadId: 42, "5551234567", CallDirection.Outbound, InGroupId: null, flags, Sessions.Now.AddSeconds(-65));

    public static ActiveCall Ended(CallEndReason reason, string callId = "call-1") =>
        Live() with { CallId = callId, EndReason = reason };
}
