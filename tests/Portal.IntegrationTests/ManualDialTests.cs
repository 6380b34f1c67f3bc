namespace Portal.IntegrationTests;

using Microsoft.EntityFrameworkCore;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Sessions;

/// <summary>Manual dial from pause: the rules it checks, the lead it dials, and what the PBX's outcome does to the session.</summary>
public sealed class ManualDialTests(DialOutcomesFactory factory) : IClassFixture<DialOutcomesFactory>
{
    private readonly CallDesk _desk = factory.Get<CallDesk>();

    private Task<DeskResult> DialAsync(string agentUser, string number, bool searchExistingLead = false) =>
        _desk.ManualDialAsync(agentUser, new ManualDialRequest("1", number, searchExistingLead));

    [Fact]
    public async Task Busy_number_moves_the_agent_to_disposition_with_end_reason_busy()
    {
        await factory.LogInAsync("1001");

        var dialled = await DialAsync("1001", DialOutcomesFactory.BusyNumber);

        Assert.True(dialled.Succeeded, dialled.Error);
        var session = await factory.WaitForSessionAsync("1001", s => s.State == AgentState.Dispo, "the busy outcome");
        Assert.Equal(CallEndReason.Busy, session.Call!.EndReason);
        Assert.False(session.Call.Has(CallFlags.Ringing));
    }

    [Fact]
    public async Task Unanswered_number_moves_the_agent_to_disposition_with_end_reason_no_answer()
    {
        await factory.LogInAsync("1002");

        await DialAsync("1002", DialOutcomesFactory.NoAnswerNumber);

        var session = await factory.WaitForSessionAsync("1002", s => s.State == AgentState.Dispo, "the no-answer outcome");
        Assert.Equal(CallEndReason.NoAnswer, session.Call!.EndReason);
    }

    [Fact]
    public async Task Busy_call_is_logged_with_no_talk_time()
    {
        await factory.LogInAsync("1003");

        await DialAsync("1003", DialOutcomesFactory.BusyNumber);

        var session = await factory.WaitForSessionAsync("1003", s => s.State == AgentState.Dispo, "the busy outcome");
        var log = await factory.QueryAsync(db => db.CallLog.AsNoTracking().SingleAsync(c => c.CallId == session.Call!.CallId));
        Assert.Equal(("1003", "MANUAL", "Busy", 0.0), (log.AgentUser, log.Direction, log.EndReason, log.TalkSeconds));
        Assert.NotNull(log.EndedAt);
    }

    [Fact]
    public async Task Manual_dial_puts_the_agent_on_a_ringing_manual_call()
    {
        await factory.LogInAsync("1004");
        var connected = new TaskCompletionSource<CallConnected>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var watch = factory.Get<SessionEventBus>().SubscribeAgent("1004", change =>
        {
            foreach (var e in change.Events.OfType<CallConnected>())
            {
                connected.TrySetResult(e);
            }
        });

        await DialAsync("1004", DialOutcomesFactory.AnswerNumber);

        var call = (await connected.Task.WaitAsync(Eventually.DefaultTimeout)).Call;
        Assert.True(call.Has(CallFlags.Ringing));
        Assert.Equal(CallDirection.Manual, call.Direction);
        Assert.Equal(DialOutcomesFactory.AnswerNumber, call.PhoneNumber);
        Assert.NotNull(call.LeadId);
    }

    [Fact]
    public async Task Answered_number_keeps_the_agent_in_call_and_stops_ringing()
    {
        await factory.LogInAsync("1005");

        await DialAsync("1005", DialOutcomesFactory.AnswerNumber);

        var session = await factory.WaitForSessionAsync("1005", s => s.Call is { } c && !c.Has(CallFlags.Ringing), "the customer to answer");
        Assert.Equal(AgentState.InCall, session.State);
        Assert.Null(session.Call!.EndReason);
    }

    [Fact]
    public async Task Manual_dial_while_ready_is_refused_until_the_agent_pauses()
    {
        await factory.LogInReadyAsync("1006");

        var dialled = await DialAsync("1006", DialOutcomesFactory.AnswerNumber);

        Assert.Equal("Pause first: manual dials are placed while paused.", dialled.Error);
        Assert.Equal(AgentState.Ready, factory.Session("1006")!.State);
    }

    [Theory]
    [InlineData("1007", "12")]
    [InlineData("1008", "31255501ab")]
    [InlineData("1009", "1234567890123456789")]
    public async Task Manual_dial_of_an_invalid_number_is_refused(string agentUser, string number)
    {
        await factory.LogInAsync(agentUser);

        var dialled = await DialAsync(agentUser, number);

        Assert.Equal("Enter a phone number of 3 to 18 digits.", dialled.Error);
        Assert.Equal(AgentState.Paused, factory.Session(agentUser)!.State);
    }

    [Fact]
    public async Task Manual_dial_with_an_invalid_phone_code_is_refused()
    {
        await factory.LogInAsync("1010");

        var dialled = await _desk.ManualDialAsync("1010", new ManualDialRequest("+44", DialOutcomesFactory.AnswerNumber));

        Assert.Equal("Enter a phone code of 1 to 4 digits (1 for USA/Canada, 44 for the UK).", dialled.Error);
    }

    [Fact]
    public async Task Manual_dial_of_a_number_on_the_system_dnc_list_is_refused()
    {
        const string number = "3125550177";
        await factory.ChangeAsync(db => db.DncNumbers.Add(new DncNumber { PhoneNumber = number, AddedAt = DateTimeOffset.UtcNow, AddedBy = "admin" }));
        await factory.LogInAsync("1011");

        var dialled = await DialAsync("1011", number);

        Assert.Equal("3125550177 is on the do-not-call list and cannot be dialled.", dialled.Error);
        Assert.Equal(AgentState.Paused, factory.Session("1011")!.State);
        Assert.Null(factory.Session("1011")!.Call);
    }

    /// <summary>A refused dial has no side effects: retrying it must not fill the campaign's list with copies of the number.</summary>
    [Fact]
    public async Task Manual_dial_refused_for_a_dnc_number_creates_no_lead()
    {
        const string number = "3125550176";
        await factory.ChangeAsync(db => db.DncNumbers.Add(new DncNumber { PhoneNumber = number, AddedAt = DateTimeOffset.UtcNow, AddedBy = "admin" }));
        await factory.LogInAsync("1020");

        var dialled = await DialAsync("1020", number, searchExistingLead: false);

        Assert.False(dialled.Succeeded);
        Assert.Equal(0, await factory.QueryAsync(db => db.Leads.CountAsync(l => l.Details.PhoneNumber == number)));
    }

    [Fact]
    public async Task Manual_dial_of_a_number_on_the_campaigns_dnc_list_is_refused()
    {
        const string number = "3125550178";
        await factory.ChangeAsync(db => db.DncNumbers.Add(new DncNumber { PhoneNumber = number, CampaignId = "TESTCAMP", AddedAt = DateTimeOffset.UtcNow, AddedBy = "admin" }));
        await factory.LogInAsync("1012");

        var dialled = await DialAsync("1012", number);

        Assert.Equal("3125550178 is on the do-not-call list and cannot be dialled.", dialled.Error);
    }

    [Fact]
    public async Task Manual_dial_of_a_number_on_another_campaigns_dnc_list_goes_ahead()
    {
        const string number = "3125550179";
        await factory.ChangeAsync(db => db.DncNumbers.Add(new DncNumber { PhoneNumber = number, CampaignId = "INBOUND", AddedAt = DateTimeOffset.UtcNow, AddedBy = "admin" }));
        await factory.LogInAsync("1013");

        var dialled = await DialAsync("1013", number);

        Assert.True(dialled.Succeeded, dialled.Error);
        Assert.Equal(number, factory.Session("1013")!.Call!.PhoneNumber);
    }

    [Fact]
    public async Task Manual_dial_searching_existing_leads_reuses_the_campaigns_lead_with_that_number()
    {
        var lead = await factory.LeadWithUniqueNumberAsync(listId: 101);
        await factory.LogInAsync("1014");

        await DialAsync("1014", lead.Details.PhoneNumber, searchExistingLead: true);

        Assert.Equal(lead.LeadId, factory.Session("1014")!.Call!.LeadId);
    }

    [Fact]
    public async Task Manual_dial_without_searching_existing_leads_creates_a_new_lead_in_the_campaigns_list()
    {
        var existing = await factory.LeadWithUniqueNumberAsync(listId: 101, skip: 1);
        await factory.LogInAsync("1015");

        await DialAsync("1015", existing.Details.PhoneNumber, searchExistingLead: false);

        var leadId = factory.Session("1015")!.Call!.LeadId!.Value;
        Assert.NotEqual(existing.LeadId, leadId);
        var created = await factory.LeadAsync(leadId);
        Assert.Equal((101L, existing.Details.PhoneNumber, "MANUAL", "NEW"), (created.ListId, created.Details.PhoneNumber, created.Details.SourceId, created.Status));
    }

    [Fact]
    public async Task Manual_dial_of_a_lead_by_id_dials_its_number()
    {
        var lead = await factory.LeadWithUniqueNumberAsync(listId: 101, skip: 2);
        await factory.LogInAsync("1016");

        var dialled = await _desk.ManualDialAsync("1016", new ManualDialRequest("", "", LeadId: lead.LeadId));

        Assert.True(dialled.Succeeded, dialled.Error);
        var call = factory.Session("1016")!.Call!;
        Assert.Equal((lead.LeadId, lead.Details.PhoneNumber), (call.LeadId, call.PhoneNumber));
    }

    [Fact]
    public async Task Manual_dial_of_an_unknown_lead_is_refused()
    {
        await factory.LogInAsync("1017");

        var dialled = await _desk.ManualDialAsync("1017", new ManualDialRequest("", "", LeadId: 987654321));

        Assert.Equal("Lead 987654321 does not exist.", dialled.Error);
    }

    [Fact]
    public async Task Manual_dial_of_the_alternate_phone_of_a_lead_without_one_is_refused()
    {
        var lead = await factory.QueryAsync(db => db.Leads.AsNoTracking().FirstAsync(l => l.ListId == 101 && l.Details.AltPhone == null));
        await factory.LogInAsync("1018");

        var dialled = await _desk.ManualDialAsync("1018", new ManualDialRequest("", "", LeadId: lead.LeadId, UseAltPhone: true));

        Assert.Equal("This lead has no alternate phone.", dialled.Error);
    }

    [Fact]
    public async Task Manual_dial_for_an_agent_who_is_not_logged_in_is_refused()
    {
        var dialled = await DialAsync("1019", DialOutcomesFactory.AnswerNumber);

        Assert.Equal("agent_user is not logged in", dialled.Error);
    }
}
