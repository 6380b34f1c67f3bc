namespace Portal.Web.Api.Rest.Agents;

using Portal.Domain.Sessions;
using Portal.Infrastructure.Supervision;

/// <summary>A live agent session as the REST API shows it.</summary>
/// <param name="State">VICIdial's state name: PAUSED, READY, QUEUE, INCALL or DISPO.</param>
/// <param name="StateText">As the agent's screen shows it, e.g. "PAUSED BREAK".</param>
/// <param name="PauseAfterDisposition">The agent pauses once the current call is dispositioned.</param>
/// <param name="LogoutAfterDisposition">The agent is logged out once the current call is dispositioned.</param>
/// <param name="LeadOnScreen">The lead on the agent's screen: the call's, or the one in preview.</param>
public sealed record AgentDto(
    string AgentUser,
    string FullName,
    string UserGroup,
    string CampaignId,
    string PhoneLogin,
    DateTimeOffset LoggedInAt,
    string State,
    string StateText,
    string? PauseCode,
    DateTimeOffset StateSince,
    IReadOnlyList<string> InGroups,
    bool Blended,
    bool PauseAfterDisposition,
    string? PendingPauseCode,
    bool LogoutAfterDisposition,
    long? LeadOnScreen,
    AgentCallDto? Call)
{
    public static AgentDto From(SessionSnapshot session, AgentProfile? profile)
    {
        ArgumentNullException.ThrowIfNull(session);
        return new(
            session.AgentUser, profile?.FullName ?? "", profile?.UserGroupId ?? "", session.CampaignId, session.PhoneLogin, session.LoggedInAt,
            session.State.ToVicidialName(), session.StateText, session.PauseCode, session.StateSince, session.InGroups, session.Blended,
            session.PauseAfterDispo, session.PendingPauseCode, session.LogoutAfterDispo, session.Call?.LeadId ?? session.PreviewLeadId,
            session.Call is { } call ? AgentCallDto.From(call) : null);
    }
}
