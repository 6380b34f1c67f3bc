namespace Portal.Web.Api.Rest.Agents.Requests;

using System.ComponentModel;

/// <summary>A confetti burst on the agent's screen; each value has a default and a maximum.</summary>
public sealed record NotifyConfetti(
    [property: Description("1 to 10 seconds; 2 when left out.")]
    int? Seconds = null,
    [property: Description("1 to 9999 particles; 2350 when left out.")]
    int? Particles = null,
    [property: Description("1 to 100; 2 when left out.")]
    int? Speed = null);
