namespace Portal.Web.Components.Agent;

using Portal.Domain.Campaigns;
using Portal.Domain.Leads;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Agents;
using Portal.Infrastructure.Callbacks;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Leads;
using Portal.Infrastructure.Notifications;

/// <summary>The agent desk's view of one session: the lead on screen, notifications, queue count and today's totals.</summary>
public sealed class AgentDeskView(
    CampaignProfile profile,
    IReadOnlyList<PauseCodeChoice> pauseCodes,
    IReadOnlyList<Status> statuses,
    string agentName,
    LeadDirectory leads,
    CallRouter router,
    ICallLogBook callLog,
    DeskNotificationBoard notifications)
{
    private SessionSnapshot? _session;

    public CampaignProfile Profile { get; } = profile;
    public IReadOnlyList<PauseCodeChoice> PauseCodes { get; } = pauseCodes;
    public IReadOnlyList<Status> Statuses { get; } = statuses;
    public string AgentName { get; } = agentName;
    public Lead? Lead { get; private set; }

    /// <summary>The lead in preview, while the agent (or an API) previews one.</summary>
    public Lead? PreviewLead { get; private set; }

    /// <summary>Changes when the lead form must reload from the database (update_fields, refresh_panel).</summary>
    public int LeadRevision { get; private set; }
    /// <summary>The notifications on screen: the board's, so that a reload or a second desk shows the same.</summary>
    public IReadOnlyList<DeskNotification> Notifications => _session is null ? [] : notifications.OnScreen(_session.AgentUser);

    /// <summary>When the next unpinned notification leaves the screen by itself, if one is shown.</summary>
    public DateTimeOffset? NextExpiry =>
        Notifications.Where(n => !n.Pinned).Select(n => (DateTimeOffset?)n.ExpiresAt).Min();
    public int QueueCount { get; private set; }
    public int CallsToday { get; private set; }
    public double TalkSecondsToday { get; private set; }
    public int CallbacksRevision { get; private set; }
    public int CallLogRevision { get; private set; }

    public async Task ShowAsync(SessionSnapshot session)
    {
        var first = _session is null;
        var leadId = session.Call?.LeadId;
        _session = session;
        if (leadId is null)
        {
            Lead = null;
        }
        else if (Lead?.LeadId != leadId)
        {
            Lead = await leads.GetAsync(leadId.Value);
        }

        if (session.PreviewLeadId is not { } previewId)
        {
            PreviewLead = null;
        }
        else if (PreviewLead?.LeadId != previewId)
        {
            PreviewLead = await leads.GetAsync(previewId);
        }

        QueueCount = router.WaitingFor(session);
        if (first)
        {
            await CountTodayAsync();
        }
    }

    public async Task ApplyAsync(AgentDeskChange change)
    {
        if (_session is not null)
        {
            QueueCount = router.WaitingFor(_session);
        }

        foreach (var e in change.Events)
        {
            switch (e)
            {
                case NotificationReceived n:
                    notifications.Add(n);
                    CallbacksRevision += n.Notification.From == CallbackAlarm.Sender ? 1 : 0;
                    break;
                case CallDispositioned:
                    CallbacksRevision++;
                    CallLogRevision++;
                    await CountTodayAsync();
                    break;
                case CallConnected:
                    CallLogRevision++;
                    break;
                case PanelsRefreshRequested refresh:
                    await RefreshAsync(refresh.Panels);
                    break;
            }
        }
    }

    private async Task RefreshAsync(IReadOnlyList<string> panels)
    {
        if (panels.Any(p => p is "form" or "lead" or "script" or "script2") && Lead is not null)
        {
            Lead = await leads.GetAsync(Lead.LeadId);
            LeadRevision++;
        }

        // A lead in preview is on screen too (update_fields may change it).
        if (panels.Any(p => p is "form" or "lead") && PreviewLead is not null)
        {
            PreviewLead = await leads.GetAsync(PreviewLead.LeadId);
        }

        if (panels.Contains("callbacks"))
        {
            CallbacksRevision++;
        }
    }

    public void Dismiss(long id)
    {
        if (_session is not null)
        {
            notifications.Dismiss(_session.AgentUser, id);
        }
    }

    public async Task ReloadLeadAsync(long leadId) => Lead = await leads.GetAsync(leadId);

    private async Task CountTodayAsync()
    {
        if (_session is null)
        {
            return;
        }

        var today = await callLog.TodayAsync(_session.AgentUser);
        CallsToday = today.Count;
        TalkSecondsToday = today.Sum(c => c.TalkSeconds);
    }
}
