namespace Portal.IntegrationTests;

using Microsoft.EntityFrameworkCore;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Sessions;
using Portal.Infrastructure.Telephony;

/// <summary>
/// Callers reach in-group queues and the ACD hands them to READY agents. Who gets a call depends on every READY
/// agent and waiting call of the host, so each test starts and ends with none.
/// </summary>
public sealed class InboundRoutingTests(PortalFactory factory) : IClassFixture<PortalFactory>, IAsyncLifetime
{
    [Fact]
    public async Task Known_caller_on_an_in_group_reaches_a_ready_agent_with_their_lead()
    {
        var lead = await factory.LeadWithUniqueNumberAsync(listId: 101);
        await factory.LogInReadyAsync("1001");

        var callId = factory.Get<SimulatedPbx>().InjectInboundCall("SALESLINE", lead.Details.PhoneNumber);

        var session = await factory.WaitForSessionAsync("1001", s => s.State == AgentState.InCall, "the inbound call");
        Assert.Equal(callId, session.Call!.CallId);
        Assert.Equal(lead.LeadId, session.Call.LeadId);
        Assert.Equal("SALESLINE", session.Call.InGroupId);
        Assert.Equal(CallDirection.Inbound, session.Call.Direction);
        Assert.Equal(lead.Details.PhoneNumber, session.Call.PhoneNumber);
    }

    [Fact]
    public async Task Unknown_caller_gets_a_new_lead_in_the_in_groups_list()
    {
        await factory.LogInReadyAsync("1001");
        var caller = CallCenterKit.NewCallerNumber();

        factory.Get<SimulatedPbx>().InjectInboundCall("SALESLINE", caller);

        var session = await factory.WaitForSessionAsync("1001", s => s.State == AgentState.InCall, "the inbound call");
        var lead = await factory.LeadAsync(session.Call!.LeadId!.Value);
        Assert.Equal(201, lead.ListId);
        Assert.Equal(caller, lead.Details.PhoneNumber);
        Assert.Equal("SALESLINE", lead.Details.SourceId);
        Assert.Equal("NEW", lead.Status);
    }

    [Fact]
    public async Task Inbound_call_is_logged_with_its_in_group_and_direction()
    {
        await factory.LogInReadyAsync("1001");

        var callId = factory.Get<SimulatedPbx>().InjectInboundCall("SUPPORT", CallCenterKit.NewCallerNumber());

        await factory.WaitForSessionAsync("1001", s => s.State == AgentState.InCall, "the inbound call");
        var log = await factory.QueryAsync(db => db.CallLog.AsNoTracking().SingleAsync(c => c.CallId == callId));
        Assert.Equal(("1001", "TESTCAMP", "INBOUND", "SUPPORT"), (log.AgentUser, log.CampaignId, log.Direction, log.InGroupId));
        Assert.Null(log.EndedAt);
    }

    [Fact]
    public async Task Longest_waiting_ready_agent_gets_the_call_first()
    {
        await factory.LogInReadyAsync("1001");
        await factory.LogInReadyAsync("1002");

        var callId = factory.Get<SimulatedPbx>().InjectInboundCall("SALESLINE", CallCenterKit.NewCallerNumber());

        var first = await factory.WaitForSessionAsync("1001", s => s.State == AgentState.InCall, "the inbound call");
        Assert.Equal(callId, first.Call!.CallId);
        Assert.Equal(AgentState.Ready, factory.Session("1002")!.State);
        Assert.Null(factory.Session("1002")!.Call);
    }

    [Fact]
    public async Task Call_on_an_in_group_the_agent_does_not_take_waits_in_the_queue()
    {
        var router = factory.Get<CallRouter>();
        await factory.LogInReadyAsync("1001");
        await factory.SendAsync("1001", new ChangeInGroups(["SUPPORT"], Blended: true));

        var callId = factory.Get<SimulatedPbx>().InjectInboundCall("SALESLINE", CallCenterKit.NewCallerNumber());

        await Eventually.UntilAsync(() => Task.FromResult(router.Waiting()), w => w.Any(c => c.CallId == callId), "the call to wait in the queue");
        Assert.Equal(AgentState.Ready, factory.Session("1001")!.State);
        Assert.Equal(0, router.WaitingFor(factory.Session("1001")!));
    }

    [Fact]
    public async Task Waiting_call_goes_to_the_next_agent_who_takes_its_in_group_not_to_a_longer_ready_one_who_does_not()
    {
        var router = factory.Get<CallRouter>();
        await factory.LogInReadyAsync("1001");
        await factory.SendAsync("1001", new ChangeInGroups(["SUPPORT"], Blended: true));
        var callId = factory.Get<SimulatedPbx>().InjectInboundCall("SALESLINE", CallCenterKit.NewCallerNumber());
        await Eventually.UntilAsync(() => Task.FromResult(router.Waiting()), w => w.Any(c => c.CallId == callId), "the call to wait in the queue");

        await factory.LogInReadyAsync("1002");

        var taker = await factory.WaitForSessionAsync("1002", s => s.State == AgentState.InCall, "the waiting call");
        Assert.Equal(callId, taker.Call!.CallId);
        Assert.Equal(AgentState.Ready, factory.Session("1001")!.State);
        Assert.DoesNotContain(router.Waiting(), c => c.CallId == callId);
    }

    [Fact]
    public async Task WaitingFor_counts_the_waiting_calls_an_agent_may_take()
    {
        var router = factory.Get<CallRouter>();
        var paused = await factory.LogInAsync("1001");
        await factory.LogInAsync("1002");
        var supportOnly = await factory.SendAsync("1002", new ChangeInGroups(["SUPPORT"], Blended: true));

        var callId = factory.Get<SimulatedPbx>().InjectInboundCall("SALESLINE", CallCenterKit.NewCallerNumber());

        await Eventually.UntilAsync(() => Task.FromResult(router.Waiting()), w => w.Any(c => c.CallId == callId), "the call to wait in the queue");
        Assert.Equal(1, router.WaitingFor(paused));
        Assert.Equal(0, router.WaitingFor(supportOnly));
    }

    [Fact]
    public async Task Changing_in_groups_to_include_the_waiting_calls_in_group_delivers_it()
    {
        var router = factory.Get<CallRouter>();
        await factory.LogInReadyAsync("1001");
        await factory.SendAsync("1001", new ChangeInGroups(["SUPPORT"], Blended: true));
        var callId = factory.Get<SimulatedPbx>().InjectInboundCall("SALESLINE", CallCenterKit.NewCallerNumber());
        await Eventually.UntilAsync(() => Task.FromResult(router.Waiting()), w => w.Any(c => c.CallId == callId), "the call to wait in the queue");

        await factory.Get<SessionRuntime>().SendAsync("1001", new ChangeInGroups(["SUPPORT", "SALESLINE"], Blended: true));

        var session = await factory.WaitForSessionAsync("1001", s => s.State == AgentState.InCall, "the waiting call");
        Assert.Equal(callId, session.Call!.CallId);
    }

    [Fact]
    public async Task Higher_priority_in_group_is_answered_first()
    {
        var router = factory.Get<CallRouter>();
        var pbx = factory.Get<SimulatedPbx>();
        await factory.LogInAsync("1001");
        var support = pbx.InjectInboundCall("SUPPORT", CallCenterKit.NewCallerNumber());
        var sales = pbx.InjectInboundCall("SALESLINE", CallCenterKit.NewCallerNumber());
        await Eventually.UntilAsync(() => Task.FromResult(router.Waiting()), w => w.Count == 2, "both calls to wait");

        await factory.SendAsync("1001", new GoReady());

        var session = await factory.WaitForSessionAsync("1001", s => s.State == AgentState.InCall, "a waiting call");
        Assert.Equal(sales, session.Call!.CallId);
        Assert.Contains(router.Waiting(), c => c.CallId == support);
    }

    [Fact]
    public async Task Inbound_call_in_an_all_calls_campaign_is_recorded_from_the_moment_it_connects()
    {
        await factory.LogInAsync("1001", "INBOUND");
        await factory.SendAsync("1001", new GoReady());

        var callId = factory.Get<SimulatedPbx>().InjectInboundCall("SUPPORT", CallCenterKit.NewCallerNumber());

        await factory.WaitForSessionAsync("1001", s => s.Call is { } c && c.Has(CallFlags.Recording), "the call to be recorded");
        var recording = await factory.QueryAsync(db => db.Recordings.AsNoTracking().SingleAsync(r => r.CallId == callId));
        Assert.Equal("1001", recording.AgentUser);
        Assert.Null(recording.EndedAt);
    }

    public Task InitializeAsync() => factory.ResetCallCenterAsync();

    public Task DisposeAsync() => factory.ResetCallCenterAsync();
}
