namespace Portal.IntegrationTests;

using Microsoft.EntityFrameworkCore;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Telephony;

/// <summary>Customers who hang up first: while waiting in a queue, or during the call.</summary>
public sealed class CallerPatienceTests
{
    [Fact]
    public async Task Caller_who_hangs_up_while_waiting_leaves_the_queue()
    {
        await using var factory = new TunedPortalFactory(("Telephony:Simulator:CallerPatienceSeconds", "2"));
        var router = factory.Get<CallRouter>();
        var registry = factory.Get<CallRegistry>();

        var callId = factory.Get<SimulatedPbx>().InjectInboundCall("SALESLINE", CallCenterKit.NewCallerNumber());
        await Eventually.UntilAsync(() => Task.FromResult(router.Waiting()), w => w.Any(c => c.CallId == callId), "the call to wait in the queue");

        await Eventually.UntilAsync(() => Task.FromResult(router.Waiting()), w => w.All(c => c.CallId != callId), "the caller to give up");
        Assert.Null(registry.Find(callId));
    }

    [Fact]
    public async Task Customer_who_hangs_up_during_the_call_leaves_the_agent_to_end_it_as_a_customer_hangup()
    {
        await using var factory = new TunedPortalFactory(
            ("Telephony:Simulator:CustomerHangupMinSeconds", "1"), ("Telephony:Simulator:CustomerHangupMaxSeconds", "1"));
        await factory.LogInReadyAsync("1001");
        var callId = factory.Get<SimulatedPbx>().InjectInboundCall("SALESLINE", CallCenterKit.NewCallerNumber());
        var gone = await factory.WaitForSessionAsync("1001", s => s.Call is { } c && c.Has(CallFlags.CustomerGone), "the customer to hang up");
        Assert.Equal(AgentState.InCall, gone.State);

        await factory.Get<CallDesk>().HangUpAsync("1001");

        Assert.Equal(CallEndReason.CustomerHangup, factory.Session("1001")!.Call!.EndReason);
        var log = await factory.QueryAsync(db => db.CallLog.AsNoTracking().SingleAsync(c => c.CallId == callId));
        Assert.Equal("CustomerHangup", log.EndReason);
    }
}
