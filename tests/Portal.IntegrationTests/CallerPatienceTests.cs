namespace Portal.IntegrationTests;

using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Telephony;

/// <summary>Inbound callers give up after a while when no agent takes them.</summary>
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
}
