namespace Portal.Domain.Tests;

using Portal.Domain.Callbacks;
using Portal.Domain.Sessions;

public sealed class CallbackDispositionTests
{
    [Fact]
    public void Disposition_reports_the_campaign_of_the_session()
    {
        var agent = TestSession.In(AgentState.Dispo);

        var dispositioned = Expect.Event<CallDispositioned>(agent.Send(new Disposition("SALE")));

        Assert.Equal(TestSession.CampaignId, dispositioned.CampaignId);
        Assert.Null(dispositioned.Callback);
    }

    [Fact]
    public void Disposition_with_a_callback_reports_the_callback_request()
    {
        var agent = TestSession.In(AgentState.Dispo);
        var request = new CallbackRequest(agent.Now.AddDays(1), CallbackType.UserOnly, "call after 5");

        var dispositioned = Expect.Event<CallDispositioned>(agent.Send(new Disposition("CALLBK", Callback: request)));

        Assert.Equal(request, dispositioned.Callback);
        Assert.Equal("CALLBK", dispositioned.StatusCode);
        Assert.Equal(TestSession.CampaignId, dispositioned.CampaignId);
    }

    [Fact]
    public void Disposition_with_a_callback_and_pause_after_pauses_the_agent()
    {
        var agent = TestSession.In(AgentState.Dispo);
        var request = new CallbackRequest(agent.Now.AddHours(2), CallbackType.Anyone, "");

        agent.Send(new Disposition("CALLBK", PauseAfter: true, Callback: request));

        Assert.Equal(AgentState.Paused, agent.Session.State);
        Assert.Null(agent.Session.Call);
    }

    [Fact]
    public void Disposition_with_a_callback_when_not_in_disposition_is_refused()
    {
        var agent = TestSession.In(AgentState.InCall);
        var request = new CallbackRequest(agent.Now.AddDays(1), CallbackType.UserOnly, "call after 5");

        Expect.Refused(Refusal.NotInDisposition, agent.Send(new Disposition("CALLBK", Callback: request)));
    }

    [Fact]
    public void Disposition_of_a_call_the_agent_dialled_returns_the_agent_to_pause()
    {
        var agent = TestSession.LogIn()
            .Then(new PlaceCall(TestSession.Call(CallDirection.Manual)))
            .Then(new HangUpCustomer());

        agent.Send(new Disposition("SALE"));

        Assert.Equal(AgentState.Paused, agent.Session.State);
        Assert.Null(agent.Session.PauseCode);
    }

    [Fact]
    public void Disposition_of_a_call_the_agent_dialled_keeps_a_pending_pause_code()
    {
        var agent = TestSession.LogIn()
            .Then(new PlaceCall(TestSession.Call(CallDirection.Manual)))
            .Then(new Pause("BREAK"))
            .Then(new HangUpCustomer());

        agent.Send(new Disposition("SALE"));

        Assert.Equal("BREAK", agent.Session.PauseCode);
    }

    [Theory]
    [InlineData(CallDirection.Inbound)]
    [InlineData(CallDirection.Outbound)]
    public void Disposition_of_a_delivered_call_in_an_auto_dial_campaign_makes_the_agent_ready(CallDirection direction)
    {
        var agent = TestSession.In(AgentState.Ready)
            .Then(new OfferCall(TestSession.Call(direction)))
            .Then(new ConnectCall())
            .Then(new HangUpCustomer());

        agent.Send(new Disposition("SALE"));

        Assert.Equal(AgentState.Ready, agent.Session.State);
    }
}
