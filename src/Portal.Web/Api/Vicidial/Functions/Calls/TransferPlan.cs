namespace Portal.Web.Api.Vicidial.Functions.Calls;

/// <summary>What a transfer_conference request asks for, once its checks have passed.</summary>
/// <param name="Value">The command: BLIND_TRANSFER, LOCAL_CLOSER, DIAL_WITH_CUSTOMER, ...</param>
/// <param name="InGroup">The in-group (or AGENTDIRECT) of an in-group transfer; null for the other commands.</param>
/// <param name="PhoneNumber">The number to dial, or the agent for AGENTDIRECT.</param>
internal sealed record TransferPlan(string Value, string? InGroup, string PhoneNumber);
