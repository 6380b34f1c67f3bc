namespace Portal.Web.Api.Rest.Agents.Requests;

using System.ComponentModel;

/// <summary>The status of the agent's call: applied on the disposition screen, or when the call reaches it.</summary>
public sealed record DispositionRequest(
    [property: Description("A status the agent may choose in their campaign (e.g. SALE, NI, CALLBK).")]
    string? Status,
    [property: Description("Pause once dispositioned instead of going back to READY.")]
    bool PauseAfter = false,
    [property: Description("Required for a scheduled-callback status, not allowed for others.")]
    DispositionCallback? Callback = null);
