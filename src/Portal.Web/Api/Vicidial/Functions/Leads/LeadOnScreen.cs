namespace Portal.Web.Api.Vicidial.Functions.Leads;

using Portal.Domain.Sessions;

/// <summary>VICIdial's vicidial_live_agents.lead_id: the lead of the agent's call (through wrap-up), else the one in preview.</summary>
internal static class LeadOnScreen
{
    public static long? LeadOnScreenId(this SessionSnapshot session) => session.Call?.LeadId ?? session.PreviewLeadId;
}
