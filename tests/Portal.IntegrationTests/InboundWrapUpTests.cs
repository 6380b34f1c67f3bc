namespace Portal.IntegrationTests;

using Microsoft.EntityFrameworkCore;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Telephony;

/// <summary>
/// After an inbound call in an auto-dial campaign the agent takes the next call unless they asked to pause.
/// The ACD hands calls to any READY agent of the host, so each test starts and ends with none.
/// </summary>
public sealed class InboundWrapUpTests(PortalFactory factory) : IClassFixture<PortalFactory>, IAsyncLifetime
{
    private readonly CallDesk _desk = factory.Get<CallDesk>();

    private async Task<SessionSnapshot> AnswerInboundAndHangUpAsync(string agentUser)
    {
        await factory.LogInReadyAsync(agentUser);
        factory.Get<SimulatedPbx>().InjectInboundCall("SUPPORT", CallCenterKit.NewCallerNumber());
        await factory.WaitForSessionAsync(agentUser, s => s.State == AgentState.InCall, "the inbound call");
        var hungUp = await _desk.HangUpAsync(agentUser);
        Assert.True(hungUp.Succeeded, hungUp.Error);
        return factory.Session(agentUser)!;
    }

    [Fact]
    public async Task Agent_hangup_of_an_inbound_call_moves_to_disposition()
    {
        var session = await AnswerInboundAndHangUpAsync("1001");

        Assert.Equal(AgentState.Dispo, session.State);
        Assert.Equal(CallEndReason.AgentHangup, session.Call!.EndReason);
    }

    [Fact]
    public async Task Disposition_of_an_inbound_call_makes_the_agent_ready_for_the_next_one()
    {
        await AnswerInboundAndHangUpAsync("1001");

        var done = await _desk.DispositionAsync("1001", "SALE", pauseAfter: false, callback: null);

        Assert.True(done.Succeeded, done.Error);
        Assert.Equal(AgentState.Ready, factory.Session("1001")!.State);
    }

    [Fact]
    public async Task Disposition_with_pause_after_pauses_the_agent()
    {
        await AnswerInboundAndHangUpAsync("1001");

        var done = await _desk.DispositionAsync("1001", "SALE", pauseAfter: true, callback: null);

        Assert.True(done.Succeeded, done.Error);
        Assert.Equal(AgentState.Paused, factory.Session("1001")!.State);
    }

    [Fact]
    public async Task Disposition_of_an_inbound_call_is_written_to_its_call_log_row()
    {
        var onDispo = await AnswerInboundAndHangUpAsync("1001");

        await _desk.DispositionAsync("1001", "NI", pauseAfter: false, callback: null);

        var log = await factory.QueryAsync(db => db.CallLog.AsNoTracking().SingleAsync(c => c.CallId == onDispo.Call!.CallId));
        Assert.Equal(("NI", "AgentHangup", "SUPPORT", "INBOUND"), (log.Status, log.EndReason, log.InGroupId, log.Direction));
    }

    public Task InitializeAsync() => factory.ResetCallCenterAsync();

    public Task DisposeAsync() => factory.ResetCallCenterAsync();
}
