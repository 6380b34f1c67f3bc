namespace Portal.IntegrationTests;

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Infrastructure.Calls;

/// <summary>vm_message through /agc/api.php (contract §3.25), and the VM button playing the lead's message.</summary>
public sealed class VmMessageApiTests(CallFunctionsFactory factory) : IClassFixture<CallFunctionsFactory>, IAsyncLifetime
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("", "ERROR: vm_message not valid - ||1001\n")]
    [InlineData("123", "ERROR: vm_message not valid - 123||1001\n")]
    public async Task Vm_message_without_a_message_is_not_valid(string leadId, string expected)
    {
        var reply = await _client.CallAsync("vm_message", ("agent_user", "1001"), ("lead_id", leadId));

        Assert.Equal(expected, reply.Body);
    }

    [Fact]
    public async Task Vm_message_for_an_agent_who_is_not_logged_in_is_refused()
    {
        var reply = await _client.CallAsync("vm_message", ("agent_user", "1099"), ("value", "EXship01"));

        Assert.Equal("ERROR: agent_user is not logged in - 1099\n", reply.Body);
    }

    [Fact]
    public async Task Vm_message_without_a_live_call_is_refused()
    {
        await factory.LogInAsync("1001");

        var reply = await _client.CallAsync("vm_message", ("agent_user", "1001"), ("value", "EXship01"));

        Assert.Equal("ERROR: agent_user does not have a live call - 1001\n", reply.Body);
    }

    [Fact]
    public async Task Vm_message_stores_the_message_for_the_lead_of_the_call()
    {
        await factory.LogInOnAnsweredCallAsync("1001");
        var leadId = factory.CallOf("1001").LeadId!.Value;

        var (reply, rows) = await factory.CallAuditedAsync(_client, "vm_message", 1, ("agent_user", "1001"), ("value", "EXship01|EXship02"));

        Assert.Equal($"SUCCESS: vm_message function set - 1001|{leadId}|EXship01|EXship02|\n", reply.Body);
        var message = await factory.QueryAsync(db => db.LeadMessages.AsNoTracking().SingleAsync(m => m.LeadId == leadId));
        Assert.Equal(("api", "EXship01|EXship02"), (message.User, message.Audio));
        Assert.Equal($"{leadId}|EXship01|EXship02", Assert.Single(rows).Data);
    }

    [Fact]
    public async Task Vm_message_for_another_lead_than_the_call_is_refused()
    {
        await factory.LogInOnAnsweredCallAsync("1002");
        var leadId = factory.CallOf("1002").LeadId!.Value;
        var other = (leadId + 1).ToString(CultureInfo.InvariantCulture);

        var (reply, rows) = await factory.CallAuditedAsync(_client, "vm_message", 1, ("agent_user", "1002"), ("value", "EXship01"), ("lead_id", other));

        Assert.Equal("ERROR: current call does not match lead_id submitted - 1002\n", reply.Body);
        Assert.Equal($"{other}|{leadId}", Assert.Single(rows).Data);
        Assert.False(await factory.QueryAsync(db => db.LeadMessages.AnyAsync(m => m.LeadId == leadId)));
    }

    [Fact]
    public async Task Vm_message_with_the_lead_of_the_call_is_accepted()
    {
        await factory.LogInOnAnsweredCallAsync("1003");
        var leadId = factory.CallOf("1003").LeadId!.Value;

        var reply = await _client.CallAsync("vm_message", ("agent_user", "1003"), ("value", "reminder"), ("lead_id", $"{leadId}"));

        Assert.Equal($"SUCCESS: vm_message function set - 1003|{leadId}|reminder|\n", reply.Body);
    }

    [Fact]
    public async Task Vm_button_plays_the_latest_message_of_the_lead()
    {
        var callId = (await factory.LogInOnAnsweredCallAsync("1004")).Call!.CallId;
        await _client.CallAsync("vm_message", ("agent_user", "1004"), ("value", "old"));
        await _client.CallAsync("vm_message", ("agent_user", "1004"), ("value", "EXship01|EXship02"));

        var left = await factory.Get<ICallControls>().LeaveVoicemailAsync("1004");

        Assert.True(left.Succeeded, left.Error);
        var played = factory.Probe.Actions.Where(a => a.StartsWith($"Play {callId} ", StringComparison.Ordinal));
        Assert.Equal([$"Play {callId} EXship01", $"Play {callId} EXship02"], played);
    }

    [Fact]
    public async Task Vm_message_with_alt_user_stores_the_message_for_the_agent_with_that_crm_id()
    {
        await factory.LogInOnAnsweredCallAsync("1005");
        var leadId = factory.CallOf("1005").LeadId!.Value;

        var reply = await _client.CallAsync("vm_message", ("alt_user", "CRM1005"), ("value", "hello"));

        Assert.Equal($"SUCCESS: vm_message function set - 1005|{leadId}|hello|\n", reply.Body);
    }

    public Task InitializeAsync() => factory.ResetCallCenterAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}
