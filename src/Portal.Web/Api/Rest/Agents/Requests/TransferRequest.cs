namespace Portal.Web.Api.Rest.Agents.Requests;

using System.ComponentModel;

/// <summary>A transfer or conference command for the agent's live call.</summary>
public sealed record TransferRequest(
    [property: Description("Blind, LocalCloser, ThreeWay, Consultative, ParkAndDial, Join, LeaveThreeWay, HangUpTransferLine, HangUpBothLines or LeaveVoicemail.")]
    TransferAction? Action,
    [property: Description("3 to 18 digits, for Blind, ThreeWay, Consultative and ParkAndDial.")]
    string? PhoneNumber = null,
    [property: Description("LocalCloser: the in-group whose queue the customer joins.")]
    string? InGroup = null,
    [property: Description("LocalCloser: the logged-in agent who takes the customer (instead of an in-group).")]
    string? Agent = null);
