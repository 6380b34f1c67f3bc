namespace Portal.IntegrationTests;

using Microsoft.EntityFrameworkCore;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Calls;

/// <summary>While a dialled call still rings the agent may only hang up; hanging up then is a no-answer.</summary>
public sealed class RingingCallTests(SlowRingFactory factory) : IClassFixture<SlowRingFactory>
{
    private async Task<SessionSnapshot> DialAsync(string agentUser)
    {
        await factory.LogInAsync(agentUser);
        var dialled = await factory.Get<CallDesk>().ManualDialAsync(agentUser, new ManualDialRequest("1", DialOutcomesFactory.AnswerNumber, SearchExistingLead: false));
        Assert.True(dialled.Succeeded, dialled.Error);
        var session = factory.Session(agentUser)!;
        Assert.True(session.Call!.Has(CallFlags.Ringing));
        return session;
    }

    [Fact]
    public async Task Hanging_up_a_ringing_call_ends_it_as_no_answer()
    {
        var ringing = await DialAsync("1001");

        var done = await factory.Get<CallDesk>().HangUpAsync("1001");

        Assert.True(done.Succeeded, done.Error);
        var session = factory.Session("1001")!;
        Assert.Equal(AgentState.Dispo, session.State);
        Assert.Equal(CallEndReason.NoAnswer, session.Call!.EndReason);
        Assert.False(session.Call.Has(CallFlags.Ringing));
        var log = await factory.QueryAsync(db => db.CallLog.AsNoTracking().SingleAsync(c => c.CallId == ringing.Call!.CallId));
        Assert.Equal(("NoAnswer", 0.0), (log.EndReason, log.TalkSeconds));
    }

    [Fact]
    public async Task Call_controls_wait_until_the_customer_answers()
    {
        await DialAsync("1002");
        var controls = factory.Get<CallControls>();

        var results = new[]
        {
            await controls.BlindTransferAsync("1002", "3125550150"),
            await controls.ParkAsync("1002", park: true),
            await controls.RecordAsync("1002", start: true),
            await controls.DialConferenceAsync("1002", "3125550160", withCustomer: true),
        };

        Assert.All(results, r => Assert.Equal("agent is not on a live call", r.Error));
        Assert.Equal(CallFlags.Ringing, factory.Session("1002")!.Call!.Flags);
    }
}
