namespace Portal.IntegrationTests;

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Callbacks;
using Portal.Domain.Sessions;
using Portal.Infrastructure.AgentApi.Calls;
using Portal.Infrastructure.Calls;

/// <summary>
/// external_status through /agc/api.php (contract §3.4): applied on the disposition screen, at once or when the call
/// gets there, with scheduled callbacks and VICIdial's composite value.
/// </summary>
public sealed class ExternalStatusApiTests(CallFunctionsFactory factory) : IClassFixture<CallFunctionsFactory>, IAsyncLifetime
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task External_status_without_a_value_is_not_valid()
    {
        var reply = await _client.CallAsync("external_status", ("agent_user", "1001"));

        Assert.Equal("ERROR: external_status not valid - |1001\n", reply.Body);
    }

    [Fact]
    public async Task External_status_of_an_agent_who_is_not_logged_in_is_refused()
    {
        var reply = await _client.CallAsync("external_status", ("agent_user", "1099"), ("value", "SALE"));

        Assert.Equal("ERROR: agent_user is not logged in - 1099\n", reply.Body);
    }

    [Fact]
    public async Task External_status_on_the_disposition_screen_dispositions_the_call_at_once()
    {
        var dispo = await factory.LogInToDispositionAsync("1001");

        var (reply, rows) = await factory.CallAuditedAsync(_client, "external_status", 1, ("agent_user", "1001"), ("value", "SALE"));

        Assert.Equal("SUCCESS: external_status function set - SALE|1001\n", reply.Body);
        Assert.Equal(AgentState.Paused, factory.Session("1001")!.State);
        Assert.Equal("SALE", (await factory.LeadAsync(dispo.Call!.LeadId!.Value)).Status);
        var row = Assert.Single(rows);
        Assert.Equal(("SUCCESS", "external_status function set", "SALE", ""), (row.Result, row.ResultReason, row.Value, row.Data));
    }

    [Fact]
    public async Task External_status_during_the_call_waits_for_the_disposition_screen()
    {
        var onCall = await factory.LogInOnAnsweredCallAsync("1002");

        var reply = await _client.CallAsync("external_status", ("agent_user", "1002"), ("value", "NI"));

        Assert.Equal("SUCCESS: external_status function set - NI|1002\n", reply.Body);
        Assert.Equal(AgentState.InCall, factory.Session("1002")!.State);
        await factory.Get<ICallDesk>().HangUpAsync("1002");
        await factory.WaitForSessionAsync("1002", s => s.State == AgentState.Paused, "the pending status to be applied");
        Assert.Equal("NI", (await factory.LeadAsync(onCall.Call!.LeadId!.Value)).Status);
    }

    [Fact]
    public async Task External_status_with_a_callback_schedules_it_and_echoes_the_composite_value()
    {
        var dispo = await factory.LogInToDispositionAsync("1003");
        var due = LocalWallClock(DateTime.Now.AddDays(2));

        var (reply, rows) = await factory.CallAuditedAsync(
            _client, "external_status", 1, ("agent_user", "1003"), ("value", "CALLBK"), ("callback_datetime", due),
            ("callback_type", "USERONLY"), ("callback_comments", "call back after lunch"));

        var composite = $"CALLBK!{due}!USERONLY!call back after lunch!";
        Assert.Equal($"SUCCESS: external_status function set - {composite}|1003\n", reply.Body);
        Assert.Equal(composite, Assert.Single(rows).Value);
        var leadId = dispo.Call!.LeadId!.Value;
        var callback = await factory.QueryAsync(db => db.Callbacks.AsNoTracking().SingleAsync(c => c.LeadId == leadId));
        Assert.Equal((CallbackType.UserOnly, "1003", "call back after lunch"), (callback.Type, callback.AgentUser, callback.Comments));
        Assert.Equal(due, callback.DueAt.ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task External_status_callback_type_shorter_than_four_characters_becomes_anyone()
    {
        var dispo = await factory.LogInToDispositionAsync("1004");
        var due = LocalWallClock(DateTime.Now.AddDays(1));

        var reply = await _client.CallAsync(
            "external_status", ("agent_user", "1004"), ("value", "CALLBK"), ("callback_datetime", due), ("callback_type", "US"));

        Assert.Equal($"SUCCESS: external_status function set - CALLBK!{due}!ANYONE!!|1004\n", reply.Body);
        var leadId = dispo.Call!.LeadId!.Value;
        Assert.Equal(CallbackType.Anyone, await factory.QueryAsync(db => db.Callbacks.Where(c => c.LeadId == leadId).Select(c => c.Type).SingleAsync()));
    }

    [Fact]
    public async Task External_status_with_a_qm_dispo_code_appends_it_after_four_empty_fields()
    {
        await factory.LogInToDispositionAsync("1005");

        var reply = await _client.CallAsync("external_status", ("agent_user", "1005"), ("value", "SALE"), ("qm_dispo_code", "1234"));

        Assert.Equal("SUCCESS: external_status function set - SALE!!!!1234|1005\n", reply.Body);
        Assert.Equal(AgentState.Paused, factory.Session("1005")!.State);
    }

    [Fact]
    public async Task External_status_ignores_callback_parameters_for_a_status_that_is_not_a_callback()
    {
        await factory.LogInToDispositionAsync("1006");

        var reply = await _client.CallAsync(
            "external_status", ("agent_user", "1006"), ("value", "SALE"), ("callback_datetime", LocalWallClock(DateTime.Now.AddDays(1))));

        Assert.Equal("SUCCESS: external_status function set - SALE|1006\n", reply.Body);
    }

    [Fact]
    public async Task External_status_with_a_status_the_agent_may_not_choose_is_not_valid()
    {
        await factory.LogInToDispositionAsync("1007");

        var reply = await _client.CallAsync("external_status", ("agent_user", "1007"), ("value", "XYZ"));

        Assert.Equal("ERROR: external_status not valid - XYZ|1007\n", reply.Body);
        Assert.Equal(AgentState.Dispo, factory.Session("1007")!.State);
    }

    [Fact]
    public async Task External_status_with_a_callback_status_but_no_callback_time_is_not_valid()
    {
        await factory.LogInToDispositionAsync("1008");

        var reply = await _client.CallAsync("external_status", ("agent_user", "1008"), ("value", "CALLBK"));

        Assert.Equal("ERROR: external_status not valid - CALLBK|1008\n", reply.Body);
        Assert.Equal(AgentState.Dispo, factory.Session("1008")!.State);
    }

    [Fact]
    public async Task External_status_with_a_callback_in_the_past_is_not_valid()
    {
        await factory.LogInToDispositionAsync("1009");
        var past = LocalWallClock(DateTime.Now.AddDays(-1));

        var reply = await _client.CallAsync("external_status", ("agent_user", "1009"), ("value", "CALLBK"), ("callback_datetime", past));

        Assert.Equal($"ERROR: external_status not valid - CALLBK!{past}!ANYONE!!|1009\n", reply.Body);
        Assert.Equal(AgentState.Dispo, factory.Session("1009")!.State);
    }

    [Theory]
    [InlineData("1012", "0001-01-01 00:00:00")]
    [InlineData("1013", "9999-12-31 23:59:59")]
    [InlineData("1014", "2030-02-30 10:00:00")]
    public async Task External_status_with_a_callback_time_that_is_not_a_usable_date_is_not_valid(string agentUser, string dateTime)
    {
        await factory.LogInToDispositionAsync(agentUser);

        var reply = await _client.CallAsync("external_status", ("agent_user", agentUser), ("value", "CALLBK"), ("callback_datetime", dateTime));

        Assert.Equal($"ERROR: external_status not valid - CALLBK!{dateTime}!ANYONE!!|{agentUser}\n", reply.Body);
        Assert.Equal(AgentState.Dispo, factory.Session(agentUser)!.State);
    }

    [Fact]
    public async Task External_status_pending_without_a_call_is_cleared_when_the_next_call_starts()
    {
        await factory.LogInAsync("1010");
        var reply = await _client.CallAsync("external_status", ("agent_user", "1010"), ("value", "SALE"));
        Assert.Equal("SUCCESS: external_status function set - SALE|1010\n", reply.Body);
        Assert.NotNull(factory.Get<PendingDispositions>().PendingFor("1010"));

        await factory.Get<ICallDesk>().ManualDialAsync("1010", new ManualDialRequest("1", DialOutcomesFactory.AnswerNumber, SearchExistingLead: false));

        Assert.Null(factory.Get<PendingDispositions>().PendingFor("1010"));
    }

    [Fact]
    public async Task External_status_with_alt_user_dispositions_the_agent_with_that_crm_id()
    {
        await factory.LogInToDispositionAsync("1011");

        var reply = await _client.CallAsync("external_status", ("alt_user", "CRM1011"), ("value", "DEC"));

        Assert.Equal("SUCCESS: external_status function set - DEC|1011\n", reply.Body);
        Assert.Equal(AgentState.Paused, factory.Session("1011")!.State);
    }

    private static string LocalWallClock(DateTime local) => local.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public Task InitializeAsync() => factory.ResetCallCenterAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}
