namespace Portal.IntegrationTests;

using Portal.Domain.Sessions;
using Portal.Infrastructure.Calls;

/// <summary>park_call through /agc/api.php (contract §3.22).</summary>
public sealed class ParkCallApiTests(CallFunctionsFactory factory) : IClassFixture<CallFunctionsFactory>, IAsyncLifetime
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Park_call_with_a_value_that_names_no_park_action_is_not_valid()
    {
        var reply = await _client.CallAsync("park_call", ("agent_user", "1001"), ("value", "PARK"));

        Assert.Equal("ERROR: park_call not valid - PARK|1001\n", reply.Body);
    }

    [Fact]
    public async Task Park_call_for_an_agent_who_is_not_logged_in_is_refused()
    {
        var reply = await _client.CallAsync("park_call", ("agent_user", "1099"), ("value", "PARK_CUSTOMER"));

        Assert.Equal("ERROR: agent_user is not logged in - 1099\n", reply.Body);
    }

    [Fact]
    public async Task Park_call_without_a_lead_on_screen_is_refused()
    {
        await factory.LogInAsync("1001");

        var reply = await _client.CallAsync("park_call", ("agent_user", "1001"), ("value", "PARK_CUSTOMER"));

        Assert.Equal("ERROR: agent_user does not have a lead on their screen - 1001\n", reply.Body);
    }

    [Fact]
    public async Task Park_customer_parks_and_grab_customer_brings_them_back()
    {
        await factory.LogInOnAnsweredCallAsync("1002");

        var (parked, rows) = await factory.CallAuditedAsync(_client, "park_call", 1, ("agent_user", "1002"), ("value", "PARK_CUSTOMER"));
        var wasParked = factory.CallOf("1002").Has(CallFlags.Parked);
        var grabbed = await _client.CallAsync("park_call", ("agent_user", "1002"), ("value", "GRAB_CUSTOMER"));

        Assert.Equal("SUCCESS: park_call function set - PARK_CUSTOMER|1002\n", parked.Body);
        Assert.Equal("SUCCESS: park_call function set - GRAB_CUSTOMER|1002\n", grabbed.Body);
        Assert.True(wasParked);
        Assert.False(factory.CallOf("1002").Has(CallFlags.Parked));
        Assert.Equal(("SUCCESS", "park_call function set", "PARK_CUSTOMER"), (rows[0].Result, rows[0].ResultReason, rows[0].Value));
    }

    [Fact]
    public async Task Park_ivr_customer_parks_the_customer()
    {
        await factory.LogInOnAnsweredCallAsync("1003");

        var reply = await _client.CallAsync("park_call", ("agent_user", "1003"), ("value", "PARK_IVR_CUSTOMER"));

        Assert.Equal("SUCCESS: park_call function set - PARK_IVR_CUSTOMER|1003\n", reply.Body);
        Assert.True(factory.CallOf("1003").Has(CallFlags.Parked));
    }

    [Fact]
    public async Task Park_xfer_is_not_valid_because_the_transfer_line_cannot_be_parked()
    {
        await factory.LogInOnAnsweredCallAsync("1004");

        var reply = await _client.CallAsync("park_call", ("agent_user", "1004"), ("value", "PARK_XFER"));

        Assert.Equal("ERROR: park_call not valid - PARK_XFER|1004\n", reply.Body);
    }

    [Fact]
    public async Task Hangup_xfer_grab_customer_hangs_up_the_transfer_line_and_grabs_the_customer()
    {
        await factory.LogInOnAnsweredCallAsync("1005");
        await factory.Get<ICallControls>().ParkAndDialAsync("1005", "3125550150");

        var reply = await _client.CallAsync("park_call", ("agent_user", "1005"), ("value", "HANGUP_XFER_GRAB_CUSTOMER"));

        Assert.Equal("SUCCESS: park_call function set - HANGUP_XFER_GRAB_CUSTOMER|1005\n", reply.Body);
        var call = factory.CallOf("1005");
        Assert.False(call.Has(CallFlags.Parked));
        Assert.Null(call.ConferenceNumber);
    }

    [Fact]
    public async Task Park_call_after_the_call_ended_reports_no_live_call()
    {
        await factory.LogInToDispositionAsync("1006");

        var reply = await _client.CallAsync("park_call", ("agent_user", "1006"), ("value", "PARK_CUSTOMER"));

        Assert.Equal("ERROR: agent_user does not have a live call - 1006\n", reply.Body);
    }

    [Fact]
    public async Task Park_call_with_alt_user_parks_the_customer_of_the_agent_with_that_crm_id()
    {
        await factory.LogInOnAnsweredCallAsync("1007");

        var reply = await _client.CallAsync("park_call", ("alt_user", "CRM1007"), ("value", "PARK_CUSTOMER"));

        Assert.Equal("SUCCESS: park_call function set - PARK_CUSTOMER|1007\n", reply.Body);
        Assert.True(factory.CallOf("1007").Has(CallFlags.Parked));
    }

    public Task InitializeAsync() => factory.ResetCallCenterAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}
