namespace Portal.Infrastructure.AgentApi.Leads;

/// <summary>
/// A user's rights the Agent API checks beyond its function list: VICIdial's modify_leads, change_agent_campaign and
/// agentcall_manual.
/// </summary>
public sealed record ApiUserRights(bool ModifyLeads, bool ChangeAgentCampaign, bool AgentCallManual);
