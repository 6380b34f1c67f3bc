namespace Portal.IntegrationTests;

using Microsoft.EntityFrameworkCore;
using Portal.Domain.Callbacks;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Calls;

/// <summary>The auto-dialer keeps a RATIO campaign's READY, blended agents busy with answered calls.</summary>
public sealed class AutoDialTests
{
    private static readonly TimeSpan DialerRound = TimeSpan.FromSeconds(15);

    private static TunedPortalFactory EveryoneAnswers() => new(
        ("Telephony:Dialer:AutoDialEnabled", "true"),
        ("Telephony:Simulator:AnswerOdds", "1"),
        ("Telephony:Simulator:BusyOdds", "0"),
        ("Telephony:Simulator:NoAnswerOdds", "0"));

    [Fact]
    public async Task Ready_agent_in_a_ratio_campaign_gets_an_answered_outbound_call_for_a_campaign_lead()
    {
        await using var factory = EveryoneAnswers();

        await factory.LogInReadyAsync("1001");

        var session = await factory.WaitForSessionAsync("1001", s => s.State == AgentState.InCall, "an auto-dialled call", DialerRound);
        Assert.Equal(CallDirection.Outbound, session.Call!.Direction);
        Assert.Null(session.Call.InGroupId);
        var lead = await factory.LeadAsync(session.Call.LeadId!.Value);
        Assert.Equal(101, lead.ListId);
        Assert.Equal(lead.Details.PhoneNumber, session.Call.PhoneNumber);
        Assert.Equal("1001", factory.Get<CallRegistry>().Find(session.Call.CallId)?.AgentUser);
    }

    [Fact]
    public async Task Paused_agent_is_not_dialled_for()
    {
        await using var factory = EveryoneAnswers();
        await factory.LogInAsync("1001");
        await factory.LogInReadyAsync("1002");

        await factory.WaitForSessionAsync("1002", s => s.State == AgentState.InCall, "an auto-dialled call", DialerRound);

        Assert.Equal(AgentState.Paused, factory.Session("1001")!.State);
        Assert.DoesNotContain(factory.Get<CallRegistry>().All(), c => c.AgentUser == "1001");
    }

    [Fact]
    public async Task Due_anyone_callback_is_dialled_before_new_leads_and_completed()
    {
        await using var factory = EveryoneAnswers();
        var lead = await factory.LeadWithUniqueNumberAsync(listId: 101, skip: 300);
        var now = DateTimeOffset.UtcNow;
        var callback = Callback.Schedule(lead.LeadId, "TESTCAMP", now.AddMinutes(-5), CallbackType.Anyone, "1005", "ready to buy", now.AddDays(-1));
        await factory.ChangeAsync(db => db.Callbacks.Add(callback));

        await factory.LogInReadyAsync("1001");

        var session = await factory.WaitForSessionAsync("1001", s => s.State == AgentState.InCall, "the callback dialled", DialerRound);
        Assert.Equal(lead.LeadId, session.Call!.LeadId);
        var state = await factory.QueryAsync(db => db.Callbacks.Where(c => c.Id == callback.Id).Select(c => c.State).SingleAsync());
        Assert.Equal(CallbackState.Inactive, state);
    }
}
