namespace Portal.Web.Api.Rest.Agents.Requests;

using System.ComponentModel;

/// <summary>A message (and/or confetti) shown on the agent's screen now.</summary>
public sealed record NotifyRequest(
    [property: Description("Up to 1000 characters; may be left out when there is confetti.")]
    string? Text = null,
    [property: Description("8 to 72; 12 when left out.")]
    int? TextSize = null,
    [property: Description("A colour name (red) or hex (#2E7D32); black when left out.")]
    string? TextColor = null,
    [property: Description("normal or bold; bold when left out.")]
    string? TextWeight = null,
    NotifyConfetti? Confetti = null,
    [property: Description("true keeps the message on the agent's screen until they dismiss it; otherwise it leaves by itself after a minute.")]
    bool Pinned = false);
