namespace Portal.Web.Components.Agent;

using Portal.Domain.Sessions;
using Portal.Infrastructure.Agents;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Leads;
using Portal.Infrastructure.Notifications;
using Portal.Infrastructure.Sessions;

/// <summary>
/// What the agent desk page listens to and loads: its session's changes and the call queue, pushed; the campaign's
/// profile, pause codes and statuses, loaded once per campaign.
/// </summary>
public sealed class AgentDeskFeed(
    AgentDesk desk, SessionEventBus bus, CallRouter router, ICallDesk calls, LeadDirectory leads, ICallLogBook callLog,
    DeskNotificationBoard notifications)
{
    public IDisposable Watch(string agentUser, Action<AgentDeskChange> onChange)
    {
        var session = bus.SubscribeAgent(agentUser, change => onChange(new AgentDeskChange(change.Session, change.Events)));
        var queue = router.WatchQueue(() => onChange(new AgentDeskChange(null, [])));
        return new Both(session, queue);
    }

    public async Task<AgentDeskView> OpenAsync(SessionSnapshot session)
    {
        var profile = await desk.ProfileAsync(session.CampaignId)
            ?? throw new InvalidOperationException($"Campaign {session.CampaignId} no longer exists.");
        var pauseCodes = await desk.PauseCodesForAsync(session.CampaignId);
        var statuses = await calls.StatusesAsync(session.CampaignId);
        var name = await desk.FullNameAsync(session.AgentUser);
        return new AgentDeskView(profile, pauseCodes, statuses, name, leads, router, callLog, notifications);
    }

    public async Task HangUpAsync(string agentUser) => await calls.HangUpAsync(agentUser);

    private sealed class Both(IDisposable first, IDisposable second) : IDisposable
    {
        public void Dispose()
        {
            first.Dispose();
            second.Dispose();
        }
    }
}
