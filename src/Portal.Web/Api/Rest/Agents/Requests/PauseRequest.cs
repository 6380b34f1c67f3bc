namespace Portal.Web.Api.Rest.Agents.Requests;

using System.ComponentModel;

/// <summary>Pause now, or after the current call's disposition when the agent is on one.</summary>
public sealed record PauseRequest(
    [property: Description("One of the campaign's pause codes (up to 6 letters, digits, - or _); none keeps the agent's current code.")]
    string? PauseCode = null);
