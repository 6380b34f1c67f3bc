namespace Portal.IntegrationTests;

using Microsoft.EntityFrameworkCore;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Calls;

/// <summary>
/// Blind transfers and local-closer transfers (to an in-group or straight to an agent). A transferred customer goes
/// to whichever READY agent may take them, so each test starts and ends with no READY agents and no waiting calls.
/// </summary>
public sealed class TransferTests(DialOutcomesFactory factory) : IClassFixture<DialOutcomesFactory>, IAsyncLifetime
{
    private readonly CallControls _controls = factory.Get<CallControls>();

    [Fact]
    public async Task Blind_transfer_moves_the_agent_to_disposition_as_transferred()
    {
        var onCall = await factory.LogInOnAnsweredCallAsync("1001");

        var done = await _controls.BlindTransferAsync("1001", "3125550150");

        Assert.True(done.Succeeded, done.Error);
        var session = factory.Session("1001")!;
        Assert.Equal(AgentState.Dispo, session.State);
        Assert.Equal(CallEndReason.Transferred, session.Call!.EndReason);
        Assert.Null(factory.Get<CallRegistry>().Find(onCall.Call!.CallId));
    }

    [Fact]
    public async Task Blind_transfer_is_logged_as_transferred()
    {
        var onCall = await factory.LogInOnAnsweredCallAsync("1001");

        await _controls.BlindTransferAsync("1001", "3125550150");

        var log = await factory.QueryAsync(db => db.CallLog.AsNoTracking().SingleAsync(c => c.CallId == onCall.Call!.CallId));
        Assert.Equal("Transferred", log.EndReason);
    }

    [Fact]
    public async Task Blind_transfer_to_an_invalid_number_is_refused_and_keeps_the_call()
    {
        await factory.LogInOnAnsweredCallAsync("1001");

        var done = await _controls.BlindTransferAsync("1001", "12");

        Assert.Equal("Enter a phone number of 3 to 18 digits.", done.Error);
        Assert.Equal(AgentState.InCall, factory.Session("1001")!.State);
    }

    [Fact]
    public async Task Local_closer_to_an_in_group_delivers_the_customer_to_a_ready_agent_of_that_in_group()
    {
        var onCall = await factory.LogInOnAnsweredCallAsync("1001");
        await factory.LogInReadyAsync("1002");

        var done = await _controls.LocalCloserAsync("1001", "SUPPORT", targetAgent: null);

        Assert.True(done.Succeeded, done.Error);
        var closer = await factory.WaitForSessionAsync("1002", s => s.State == AgentState.InCall, "the transferred customer");
        Assert.Equal((onCall.Call!.CallId, onCall.Call.LeadId, "SUPPORT", CallDirection.Inbound), (closer.Call!.CallId, closer.Call.LeadId, closer.Call.InGroupId, closer.Call.Direction));
        var fronter = factory.Session("1001")!;
        Assert.Equal(AgentState.Dispo, fronter.State);
        Assert.Equal(CallEndReason.Transferred, fronter.Call!.EndReason);
    }

    [Fact]
    public async Task Local_closer_to_an_in_group_with_no_ready_agent_waits_in_its_queue()
    {
        var onCall = await factory.LogInOnAnsweredCallAsync("1001");

        await _controls.LocalCloserAsync("1001", "SUPPORT", targetAgent: null);

        var waiting = Assert.Single(factory.Get<CallRouter>().Waiting(), c => c.CallId == onCall.Call!.CallId);
        Assert.Equal(("SUPPORT", onCall.Call!.LeadId, (string?)null), (waiting.InGroupId, waiting.LeadId, waiting.TargetAgent));
    }

    [Fact]
    public async Task Agent_direct_transfer_goes_to_the_named_agent_even_when_another_has_been_ready_longer()
    {
        var onCall = await factory.LogInOnAnsweredCallAsync("1001");
        await factory.LogInReadyAsync("1002");
        await factory.LogInReadyAsync("1003");

        var done = await _controls.LocalCloserAsync("1001", inGroupId: null, targetAgent: "1003");

        Assert.True(done.Succeeded, done.Error);
        var closer = await factory.WaitForSessionAsync("1003", s => s.State == AgentState.InCall, "the transferred customer");
        Assert.Equal(onCall.Call!.CallId, closer.Call!.CallId);
        Assert.Equal(AgentState.Ready, factory.Session("1002")!.State);
    }

    [Fact]
    public async Task Agent_direct_transfer_to_a_paused_agent_waits_until_they_are_ready()
    {
        var onCall = await factory.LogInOnAnsweredCallAsync("1001");
        await factory.LogInAsync("1002");
        await _controls.LocalCloserAsync("1001", inGroupId: null, targetAgent: "1002");
        Assert.Contains(factory.Get<CallRouter>().Waiting(), c => c.CallId == onCall.Call!.CallId && c.TargetAgent == "1002");

        await factory.SendAsync("1002", new GoReady());

        var closer = await factory.WaitForSessionAsync("1002", s => s.State == AgentState.InCall, "the transferred customer");
        Assert.Equal(onCall.Call!.CallId, closer.Call!.CallId);
    }

    [Theory]
    [InlineData(null, null, "Choose an in-group or an agent to transfer to.")]
    [InlineData("SUPPORT", "1002", "Choose an in-group or an agent to transfer to.")]
    [InlineData(null, "1019", "Agent 1019 is not logged in.")]
    [InlineData("NOPE", null, "In-group NOPE does not exist.")]
    public async Task Local_closer_without_a_valid_destination_is_refused_and_keeps_the_call(string? inGroupId, string? targetAgent, string error)
    {
        await factory.LogInOnAnsweredCallAsync("1001");

        var done = await _controls.LocalCloserAsync("1001", inGroupId, targetAgent);

        Assert.Equal(error, done.Error);
        Assert.Equal(AgentState.InCall, factory.Session("1001")!.State);
        Assert.Empty(factory.Get<CallRouter>().Waiting());
    }

    [Fact]
    public async Task Agent_direct_transfer_to_oneself_is_refused_and_keeps_the_call()
    {
        await factory.LogInOnAnsweredCallAsync("1001");

        var done = await _controls.LocalCloserAsync("1001", inGroupId: null, targetAgent: "1001");

        Assert.False(done.Succeeded);
        Assert.Equal(AgentState.InCall, factory.Session("1001")!.State);
        Assert.Empty(factory.Get<CallRouter>().Waiting());
    }

    [Fact]
    public async Task Transfer_when_not_on_a_call_is_refused()
    {
        await factory.LogInAsync("1001");

        var done = await _controls.BlindTransferAsync("1001", "3125550150");

        Assert.Equal("agent is not on a live call", done.Error);
    }

    public Task InitializeAsync() => factory.ResetCallCenterAsync();

    public Task DisposeAsync() => factory.ResetCallCenterAsync();
}
