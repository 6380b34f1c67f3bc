namespace Portal.IntegrationTests;

using Portal.Domain.Sessions;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Sessions;
using Portal.Infrastructure.Supervision;

/// <summary>Today's call figures: counted from events as calls happen, and read from the logs at start-up.</summary>
public sealed class CallStatisticsTests(DialOutcomesFactory factory) : IClassFixture<DialOutcomesFactory>
{
    private CallStatistics Statistics => factory.Get<CallStatistics>();

    [Fact]
    public async Task Answered_call_counts_with_its_talk_and_wrap_up_time_and_for_the_agent()
    {
        var before = Figures("TESTCAMP");
        var callsBefore = Statistics.CallsByAgent().GetValueOrDefault("1001");

        await factory.LogInToDispositionAsync("1001");
        var done = await factory.Get<CallDesk>().DispositionAsync("1001", "SALE", pauseAfter: false, callback: null);
        Assert.True(done.Succeeded, done.Error);

        var after = await Eventually.UntilAsync(() => Task.FromResult(Figures("TESTCAMP")), f => f.WrapUps > before.WrapUps, "the wrap-up to count");
        Assert.Equal(before.Answered + 1, after.Answered);
        Assert.Equal(before.Talks + 1, after.Talks);
        Assert.Equal(callsBefore + 1, Statistics.CallsByAgent().GetValueOrDefault("1001"));
    }

    [Fact]
    public async Task Busy_manual_call_is_not_answered_but_counts_for_the_agent()
    {
        var before = Figures("TESTCAMP");
        await factory.LogInAsync("1002");

        var dialled = await factory.Get<CallDesk>().ManualDialAsync("1002", new ManualDialRequest("1", DialOutcomesFactory.BusyNumber, SearchExistingLead: false));
        Assert.True(dialled.Succeeded, dialled.Error);
        await factory.WaitForSessionAsync("1002", s => s.State == AgentState.Dispo, "the busy outcome");

        var after = Figures("TESTCAMP");
        Assert.Equal((before.Answered, before.Talks), (after.Answered, after.Talks));
        Assert.Equal(1, Statistics.CallsByAgent().GetValueOrDefault("1002"));
    }

    [Fact]
    public void Caller_who_leaves_the_queue_is_dropped()
    {
        var router = factory.Get<CallRouter>();
        var before = Figures("INBOUND");
        var now = DateTimeOffset.UtcNow;
        router.Enqueue(new TrackedCall("stats-drop", TrackedCallKind.Inbound, "INBOUND", "SALESLINE", null, "1", CallCenterKit.NewCallerNumber(), now));

        router.Remove("stats-drop");
        factory.Get<CallRegistry>().Forget("stats-drop");

        var after = Figures("INBOUND");
        Assert.Equal(before.Dropped + 1, after.Dropped);
        Assert.Equal(before.Waited, after.Waited);
        Assert.Equal(100.0 * after.Dropped / after.Total, after.DropPercent);
    }

    [Fact]
    public async Task Inbound_call_delivered_to_an_agent_counts_its_wait_in_the_queue()
    {
        var before = Figures("INBOUND");
        var call = new TrackedCall("stats-wait", TrackedCallKind.Inbound, "INBOUND", "SUPPORT", null, "1", CallCenterKit.NewCallerNumber(), DateTimeOffset.UtcNow.AddSeconds(-30));
        factory.Get<CallRouter>().Enqueue(call);

        await factory.LogInAsync("1003", "INBOUND");
        await factory.SendAsync("1003", new GoReady());
        await factory.WaitForSessionAsync("1003", s => s.Call?.CallId == "stats-wait", "the waiting call to be delivered");

        var after = await Eventually.UntilAsync(() => Task.FromResult(Figures("INBOUND")), f => f.Waited > before.Waited, "the wait to count");
        Assert.InRange(after.WaitSeconds - before.WaitSeconds, 29, 60);
    }

    [Fact]
    public async Task Todays_figures_are_read_from_the_call_log_and_agent_log()
    {
        var at = DateTimeOffset.UtcNow.AddHours(-2);
        await factory.ChangeAsync(db =>
        {
            db.CallLog.AddRange(
                new CallLogEntry { CallId = "L1", AgentUser = "load1", CampaignId = "LOADCAMP", Direction = "INBOUND", StartedAt = at, EndedAt = at.AddSeconds(40), TalkSeconds = 40, EndReason = "CustomerHangup" },
                new CallLogEntry { CallId = "L2", AgentUser = "load1", CampaignId = "LOADCAMP", Direction = "MANUAL", StartedAt = at, EndedAt = at.AddSeconds(20), TalkSeconds = 0, EndReason = "Busy" },
                new CallLogEntry { CallId = "L3", AgentUser = "load2", CampaignId = "LOADCAMP", Direction = "MANUAL", StartedAt = at, EndedAt = at.AddSeconds(80), TalkSeconds = 60, EndReason = "AgentHangup" },
                new CallLogEntry { CallId = "L4", AgentUser = "load2", CampaignId = "LOADCAMP", Direction = "INBOUND", StartedAt = at.AddDays(-1), EndedAt = at.AddDays(-1).AddSeconds(10), TalkSeconds = 10, EndReason = "AgentHangup" });
            db.AgentLog.Add(new AgentLogEntry { AgentUser = "load1", CampaignId = "LOADCAMP", State = "DISPO", StartedAt = at.AddSeconds(40), EndedAt = at.AddSeconds(52), DurationSeconds = 12 });
        });

        var loaded = await factory.Get<CallStatisticsLoader>().LoadAsync(at.AddHours(-1), at.AddHours(1), CancellationToken.None);

        var figures = loaded.Campaigns["LOADCAMP"];
        Assert.Equal((2, 0, 2, 100.0, 1, 12.0), (figures.Answered, figures.Dropped, figures.Talks, figures.TalkSeconds, figures.WrapUps, figures.WrapUpSeconds));
        Assert.Equal((2, 1), (loaded.AgentCalls["load1"], loaded.AgentCalls["load2"]));
    }

    private CallFigures Figures(string campaign) => Statistics.ByCampaign().GetValueOrDefault(campaign) ?? CallFigures.None;
}
