namespace Portal.Web.Api.Rest.Agents.Requests;

using System.ComponentModel;

/// <summary>Tones to send into the agent's live call.</summary>
public sealed record DtmfRequest(
    [property: Description("0-9, * and #; a comma is one second of silence. Up to 100 characters.")]
    string? Digits);
