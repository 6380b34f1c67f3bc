namespace Portal.IntegrationTests;

using Portal.Domain.Sessions;
using Portal.Infrastructure.Calls;

/// <summary>force_fronter_leave_3way through /agc/api.php (contract §3.28).</summary>
public sealed class ForceFronterLeave3WayApiTests(CallFunctionsFactory factory) : IClassFixture<CallFunctionsFactory>, IAsyncLifetime
{
    private readonly HttpClient _client = factory.CreateClient();

    private Task<ApiReply> LeaveAsync(params (string Name, string Value)[] parameters) => _client.CallAsync("force_fronter_leave_3way", parameters);

    [Fact]
    public async Task Force_fronter_leave_3way_with_another_value_is_not_valid()
    {
        var reply = await LeaveAsync(("agent_user", "1001"), ("value", "LOCAL"));

        Assert.Equal("ERROR: force_fronter_leave_3way not valid - LOCAL|1001\n", reply.Body);
    }

    [Fact]
    public async Task Force_fronter_leave_3way_for_an_agent_who_is_not_logged_in_is_refused()
    {
        var reply = await LeaveAsync(("agent_user", "1099"), ("value", "LOCAL_ONLY"));

        Assert.Equal("ERROR: agent_user is not logged in - 1099\n", reply.Body);
    }

    [Fact]
    public async Task Force_fronter_leave_3way_without_a_lead_reports_not_on_a_phone_call()
    {
        await factory.LogInAsync("1001");

        var reply = await LeaveAsync(("agent_user", "1001"), ("value", "LOCAL_ONLY"));

        Assert.Equal("ERROR: agent_user is not on a phone call - 1001\n", reply.Body);
    }

    [Theory]
    [InlineData("LOCAL_ONLY")]
    [InlineData("LOCAL_AND_CCC")]
    public async Task Force_fronter_leave_3way_with_no_other_agent_on_the_lead_finds_no_fronter(string value)
    {
        await factory.LogInOnAnsweredCallAsync("1001");

        var reply = await LeaveAsync(("agent_user", "1001"), ("value", value));

        Assert.Equal("ERROR: no fronter found - 1001\n", reply.Body);
    }

    [Fact]
    public async Task Force_fronter_leave_3way_makes_the_fronter_leave_the_3_way_call()
    {
        var fronter = await factory.LogInInThreeWayAsync("1001");
        await factory.LogInOnLeadAsync("1002", fronter.Call!.LeadId!.Value);

        var (reply, rows) = await factory.CallAuditedAsync(_client, "force_fronter_leave_3way", 1, ("agent_user", "1002"), ("value", "LOCAL_ONLY"));

        Assert.Equal("SUCCESS: force_fronter_leave_3way SENT - 1001", reply.Body);
        var session = factory.Session("1001")!;
        Assert.Equal((AgentState.Dispo, CallEndReason.LeftThreeWay), (session.State, session.Call!.EndReason));
        Assert.Equal(AgentState.InCall, factory.Session("1002")!.State);
        var row = Assert.Single(rows);
        Assert.Equal(("SUCCESS", "SUCCESS: force_fronter_leave_3way SENT - 1001"), (row.Result, row.ResultReason));
    }

    [Fact]
    public async Task Force_fronter_leave_3way_after_a_local_closer_transfer_finds_the_fronter_in_wrap_up()
    {
        await factory.LogInOnAnsweredCallAsync("1001");
        await factory.LogInReadyAsync("1002");
        await factory.Get<ICallControls>().LocalCloserAsync("1001", null, "1002");
        await factory.WaitForSessionAsync("1002", s => s.State == AgentState.InCall, "the closer to take the call");

        var reply = await LeaveAsync(("agent_user", "1002"), ("value", "LOCAL_AND_CCC"));

        Assert.Equal("SUCCESS: force_fronter_leave_3way SENT - 1001", reply.Body);
        Assert.Equal(AgentState.Dispo, factory.Session("1001")!.State);
    }

    [Fact]
    public async Task Force_fronter_leave_3way_from_another_cluster_searches_the_lead_given()
    {
        var fronter = await factory.LogInOnAnsweredCallAsync("1003");

        var reply = await LeaveAsync(("agent_user", "CCC_REMOTE"), ("value", "CCC_REMOTE"), ("lead_id", $"{fronter.Call!.LeadId}"));

        Assert.Equal("SUCCESS: force_fronter_leave_3way SENT - 1003", reply.Body);
    }

    [Fact]
    public async Task Force_fronter_leave_3way_from_another_cluster_without_a_lead_reports_not_on_a_phone_call()
    {
        var reply = await LeaveAsync(("agent_user", "CCC_REMOTE"), ("value", "CCC_REMOTE"));

        Assert.Equal("ERROR: agent_user is not on a phone call - CCC_REMOTE\n", reply.Body);
    }

    public Task InitializeAsync() => factory.ResetCallCenterAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}
