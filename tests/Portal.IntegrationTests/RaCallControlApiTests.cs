namespace Portal.IntegrationTests;

using Microsoft.EntityFrameworkCore;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Telephony;

/// <summary>
/// ra_call_control through /agc/api.php (contract §3.20): a call found by its call id is hung up or transferred and
/// gets the API's status, whichever agent has it, or while it waits in a queue.
/// </summary>
public sealed class RaCallControlApiTests(CallFunctionsFactory factory) : IClassFixture<CallFunctionsFactory>, IAsyncLifetime
{
    private readonly HttpClient _client = factory.CreateClient();

    private Task<ApiReply> ControlAsync(params (string Name, string Value)[] parameters) => _client.CallAsync("ra_call_control", parameters);

    [Fact]
    public async Task Ra_call_control_without_a_stage_is_not_valid()
    {
        var (reply, rows) = await factory.CallAuditedAsync(_client, "ra_call_control", 1, ("agent_user", "1001"), ("value", "S12345678000001"));

        Assert.Equal("ERROR: ra_call_control not valid - S12345678000001|1001|\n", reply.Body);
        Assert.Equal("", Assert.Single(rows).Data);
    }

    [Fact]
    public async Task Ra_call_control_does_not_take_alt_user()
    {
        var reply = await ControlAsync(("alt_user", "CRM1001"), ("value", "S12345678000001"), ("stage", "HANGUP"));

        Assert.Equal("ERROR: ra_call_control not valid - S12345678000001||HANGUP\n", reply.Body);
    }

    [Fact]
    public async Task Ra_call_control_for_an_agent_user_who_is_not_logged_in_is_refused()
    {
        var reply = await ControlAsync(("agent_user", "1099"), ("value", "S12345678000001"), ("stage", "HANGUP"));

        Assert.Equal("ERROR: agent_user is not logged in - 1099\n", reply.Body);
    }

    [Fact]
    public async Task Ra_call_control_of_an_unknown_call_reports_no_active_call()
    {
        await factory.LogInAsync("1002");

        var reply = await ControlAsync(("agent_user", "1002"), ("value", "NOPE123"), ("stage", "HANGUP"));

        Assert.Equal("ERROR: no active call found - NOPE123\n", reply.Body);
    }

    [Fact]
    public async Task Ra_call_control_hangup_ends_the_call_and_its_agent_moves_on_with_raxfer()
    {
        var callId = (await factory.LogInOnAnsweredCallAsync("1001")).Call!.CallId;
        var leadId = factory.CallOf("1001").LeadId!.Value;
        await factory.LogInAsync("1002");

        var (reply, rows) = await factory.CallAuditedAsync(
            _client, "ra_call_control", 1, ("agent_user", "1002"), ("value", callId), ("stage", "HANGUP"));

        Assert.Equal($"SUCCESS: ra_call_control hungup - 1002|{callId}|HANGUP\n", reply.Body);
        Assert.Equal(AgentState.Paused, factory.Session("1001")!.State);
        Assert.Equal("RAXFER", (await factory.LeadAsync(leadId)).Status);
        Assert.Equal("RAXFER", await factory.QueryAsync(db => db.CallLog.Where(c => c.CallId == callId).Select(c => c.Status).SingleAsync()));
        var row = Assert.Single(rows);
        Assert.Equal(("SUCCESS", "ra_call_control hungup", callId, ""), (row.Result, row.ResultReason, row.Value, row.Data));
    }

    [Fact]
    public async Task Ra_call_control_uses_the_status_given()
    {
        var callId = (await factory.LogInOnAnsweredCallAsync("1001")).Call!.CallId;
        var leadId = factory.CallOf("1001").LeadId!.Value;

        var reply = await ControlAsync(("agent_user", "1001"), ("value", callId), ("stage", "HANGUP"), ("status", "TEST88"));

        Assert.Equal($"SUCCESS: ra_call_control hungup - 1001|{callId}|HANGUP\n", reply.Body);
        Assert.Equal("TEST88", (await factory.LeadAsync(leadId)).Status);
    }

    [Fact]
    public async Task Ra_call_control_extension_transfer_to_a_number_that_cannot_be_dialled_is_refused()
    {
        var callId = (await factory.LogInOnAnsweredCallAsync("1001")).Call!.CallId;

        var reply = await ControlAsync(("agent_user", "1001"), ("value", callId), ("stage", "EXTENSIONTRANSFER"), ("phone_number", "9"));

        Assert.Equal("ERROR: phone_number is not valid - 9\n", reply.Body);
        Assert.Equal(AgentState.InCall, factory.Session("1001")!.State);
    }

    [Fact]
    public async Task Ra_call_control_extension_transfer_sends_the_call_to_the_number()
    {
        var callId = (await factory.LogInOnAnsweredCallAsync("1001")).Call!.CallId;

        var reply = await ControlAsync(("agent_user", "1001"), ("value", callId), ("stage", "EXTENSIONTRANSFER"), ("phone_number", "3125550150"));

        Assert.Equal($"SUCCESS: ra_call_control transfer - 1001|{callId}|3125550150\n", reply.Body);
        var log = await factory.QueryAsync(db => db.CallLog.AsNoTracking().SingleAsync(c => c.CallId == callId));
        Assert.Equal(("Transferred", "RAXFER"), (log.EndReason, log.Status));
        Assert.Equal(AgentState.Paused, factory.Session("1001")!.State);
    }

    [Theory]
    [InlineData("", "ERROR: ingroup is not valid - \n")]
    [InlineData("NOPE", "ERROR: ingroup is not valid - NOPE\n")]
    public async Task Ra_call_control_in_group_transfer_to_a_missing_or_unknown_in_group_is_refused(string inGroup, string expected)
    {
        var callId = (await factory.LogInOnAnsweredCallAsync("1001")).Call!.CallId;

        var reply = await ControlAsync(("agent_user", "1001"), ("value", callId), ("stage", "INGROUPTRANSFER"), ("ingroup_choices", inGroup));

        Assert.Equal(expected, reply.Body);
    }

    [Fact]
    public async Task Ra_call_control_in_group_transfer_queues_the_call_and_prints_the_phone_number_parameter()
    {
        var callId = (await factory.LogInOnAnsweredCallAsync("1001")).Call!.CallId;

        var reply = await ControlAsync(("agent_user", "1001"), ("value", callId), ("stage", "INGROUPTRANSFER"), ("ingroup_choices", "SUPPORT"));

        Assert.Equal($"SUCCESS: ra_call_control transfer - 1001|{callId}|\n", reply.Body);
        Assert.Equal("SUPPORT", factory.Get<CallRouter>().Waiting().Single(c => c.CallId == callId).InGroupId);
        Assert.Equal(AgentState.Paused, factory.Session("1001")!.State);
    }

    [Fact]
    public async Task Ra_call_control_with_an_unknown_stage_is_refused()
    {
        var callId = (await factory.LogInOnAnsweredCallAsync("1001")).Call!.CallId;

        var reply = await ControlAsync(("agent_user", "1001"), ("value", callId), ("stage", "XYZ"));

        Assert.Equal("ERROR: stage is not valid - XYZ\n", reply.Body);
        Assert.Equal(AgentState.InCall, factory.Session("1001")!.State);
    }

    [Fact]
    public async Task Ra_call_control_hangup_of_a_call_waiting_in_a_queue_takes_it_out()
    {
        await factory.LogInAsync("1002");
        var callId = factory.Get<SimulatedPbx>().InjectInboundCall("SUPPORT", CallCenterKit.NewCallerNumber());
        await Eventually.UntilAsync(() => Task.FromResult(factory.Get<CallRouter>().Waiting()), w => w.Any(c => c.CallId == callId), "the caller to queue");

        var reply = await ControlAsync(("agent_user", "1002"), ("value", callId), ("stage", "HANGUP"));

        Assert.Equal($"SUCCESS: ra_call_control hungup - 1002|{callId}|HANGUP\n", reply.Body);
        Assert.DoesNotContain(factory.Get<CallRouter>().Waiting(), c => c.CallId == callId);
        Assert.Null(factory.Get<CallRegistry>().Find(callId));
    }

    public Task InitializeAsync() => factory.ResetCallCenterAsync();

    public Task DisposeAsync() => factory.ResetCallCenterAsync();
}
