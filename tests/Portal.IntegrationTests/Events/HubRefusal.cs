namespace Portal.IntegrationTests.Events;

using Microsoft.AspNetCore.SignalR;

/// <summary>What a hub method's refusal says to the client.</summary>
internal static class HubRefusal
{
    private const string Marker = "HubException: ";

    /// <summary>
    /// The hub's own message. SignalR words a refusal "An unexpected error occurred invoking '…' on the server.
    /// HubException: {reason}".
    /// </summary>
    public static string Reason(this HubException refusal) =>
        refusal.Message.Contains(Marker, StringComparison.Ordinal)
            ? refusal.Message[(refusal.Message.IndexOf(Marker, StringComparison.Ordinal) + Marker.Length)..]
            : refusal.Message;
}
