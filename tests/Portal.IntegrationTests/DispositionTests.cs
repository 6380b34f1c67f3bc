namespace Portal.IntegrationTests;

using Microsoft.EntityFrameworkCore;
using Portal.Domain.Callbacks;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Callbacks;
using Portal.Infrastructure.Calls;

/// <summary>Dispositions through the call desk: the campaign's rules, and the records written with the session change.</summary>
public sealed class DispositionTests(DialOutcomesFactory factory) : IClassFixture<DialOutcomesFactory>
{
    private readonly CallDesk _desk = factory.Get<CallDesk>();
    private readonly ICallbackBook _callbacks = factory.Get<ICallbackBook>();

    private static CallbackRequest Tomorrow(CallbackType type, string comments) => new(DateTimeOffset.UtcNow.AddDays(1), type, comments);

    [Fact]
    public async Task Sale_updates_the_leads_status_called_count_and_user()
    {
        var onDispo = await factory.LogInToDispositionAsync("1001");

        var done = await _desk.DispositionAsync("1001", "SALE", pauseAfter: false, callback: null);

        Assert.True(done.Succeeded, done.Error);
        var lead = await factory.LeadAsync(onDispo.Call!.LeadId!.Value);
        Assert.Equal(("SALE", 1, "1001"), (lead.Status, lead.CalledCount, lead.User));
        Assert.NotNull(lead.LastLocalCallTime);
    }

    [Fact]
    public async Task Sale_writes_the_call_log_row_with_status_talk_time_and_end_reason()
    {
        var onDispo = await factory.LogInToDispositionAsync("1002");

        await _desk.DispositionAsync("1002", "SALE", pauseAfter: false, callback: null);

        var log = await factory.QueryAsync(db => db.CallLog.AsNoTracking().SingleAsync(c => c.CallId == onDispo.Call!.CallId));
        Assert.Equal(("SALE", "AgentHangup", "TESTCAMP", onDispo.Call!.LeadId), (log.Status, log.EndReason, log.CampaignId, log.LeadId));
        Assert.NotNull(log.EndedAt);
        Assert.True(log.TalkSeconds > 0, $"talk time {log.TalkSeconds}");
        // Talk time starts when the customer answers, not when the agent dialled.
        Assert.True(log.TalkSeconds < (log.EndedAt!.Value - log.StartedAt).TotalSeconds, $"talk time {log.TalkSeconds}");
    }

    [Fact]
    public async Task Disposition_of_a_manual_dial_returns_the_agent_to_pause()
    {
        await factory.LogInToDispositionAsync("1003");

        await _desk.DispositionAsync("1003", "NI", pauseAfter: false, callback: null);

        var session = factory.Session("1003")!;
        Assert.Equal(AgentState.Paused, session.State);
        Assert.Null(session.Call);
    }

    [Fact]
    public async Task Dnc_status_puts_the_number_on_the_system_dnc_list()
    {
        await factory.LogInToDispositionAsync("1005", DialOutcomesFactory.OtherAnswerNumber);

        var done = await _desk.DispositionAsync("1005", "DNC", pauseAfter: false, callback: null);

        Assert.True(done.Succeeded, done.Error);
        var dnc = await factory.QueryAsync(db => db.DncNumbers.AsNoTracking().Where(d => d.PhoneNumber == DialOutcomesFactory.OtherAnswerNumber).ToListAsync());
        var entry = Assert.Single(dnc);
        Assert.Equal((null, "1005"), (entry.CampaignId, entry.AddedBy));
        Assert.True(await factory.Get<DncList>().ContainsAsync(DialOutcomesFactory.OtherAnswerNumber, "TESTCAMP"));
    }

    [Fact]
    public async Task Callback_status_without_a_callback_time_is_refused()
    {
        await factory.LogInToDispositionAsync("1006");

        var done = await _desk.DispositionAsync("1006", "CALLBK", pauseAfter: false, callback: null);

        Assert.Equal("Choose the date and time of the callback.", done.Error);
        Assert.Equal(AgentState.Dispo, factory.Session("1006")!.State);
    }

    [Fact]
    public async Task Callback_status_with_a_time_in_the_past_is_refused()
    {
        await factory.LogInToDispositionAsync("1007");

        var done = await _desk.DispositionAsync(
            "1007", "CALLBK", pauseAfter: false, new CallbackRequest(DateTimeOffset.UtcNow.AddMinutes(-5), CallbackType.UserOnly, ""));

        Assert.Equal("Choose a callback time in the future.", done.Error);
        Assert.Equal(AgentState.Dispo, factory.Session("1007")!.State);
    }

    [Fact]
    public async Task Callback_status_with_a_callback_schedules_it_for_the_lead()
    {
        var onDispo = await factory.LogInToDispositionAsync("1008");
        var request = Tomorrow(CallbackType.UserOnly, "call after 5");

        var done = await _desk.DispositionAsync("1008", "CALLBK", pauseAfter: false, request);

        Assert.True(done.Succeeded, done.Error);
        var leadId = onDispo.Call!.LeadId!.Value;
        var callback = await factory.QueryAsync(db => db.Callbacks.AsNoTracking().SingleAsync(c => c.LeadId == leadId));
        Assert.Equal(("TESTCAMP", "1008", CallbackType.UserOnly, "call after 5", CallbackState.Active), (callback.CampaignId, callback.AgentUser, callback.Type, callback.Comments, callback.State));
        Assert.Equal(request.DueAt.ToUnixTimeMilliseconds(), callback.DueAt.ToUnixTimeMilliseconds());
        Assert.Equal("CALLBK", (await factory.LeadAsync(leadId)).Status);
    }

    [Fact]
    public async Task User_only_callback_is_listed_for_its_agent_only()
    {
        var onDispo = await factory.LogInToDispositionAsync("1009");

        await _desk.DispositionAsync("1009", "CALLBK", pauseAfter: false, Tomorrow(CallbackType.UserOnly, "call after 5"));

        var leadId = onDispo.Call!.LeadId!.Value;
        var mine = Assert.Single(await _callbacks.ForAgentAsync("1009", "TESTCAMP"), c => c.LeadId == leadId);
        Assert.Equal(("call after 5", CallbackType.UserOnly, false, DialOutcomesFactory.AnswerNumber), (mine.Comments, mine.Type, mine.IsDue, mine.PhoneNumber));
        Assert.DoesNotContain(await _callbacks.ForAgentAsync("1020", "TESTCAMP"), c => c.LeadId == leadId);
    }

    [Fact]
    public async Task Anyone_callback_is_listed_for_every_agent_of_the_campaign()
    {
        var onDispo = await factory.LogInToDispositionAsync("1010");

        await _desk.DispositionAsync("1010", "CALLBK", pauseAfter: false, Tomorrow(CallbackType.Anyone, "whoever is free"));

        var leadId = onDispo.Call!.LeadId!.Value;
        Assert.Contains(await _callbacks.ForAgentAsync("1020", "TESTCAMP"), c => c.LeadId == leadId);
        Assert.DoesNotContain(await _callbacks.ForAgentAsync("1020", "INBOUND"), c => c.LeadId == leadId);
    }

    [Fact]
    public async Task Callback_request_with_a_status_that_is_not_a_callback_schedules_nothing()
    {
        var onDispo = await factory.LogInToDispositionAsync("1011");

        var done = await _desk.DispositionAsync("1011", "SALE", pauseAfter: false, Tomorrow(CallbackType.UserOnly, "ignored"));

        Assert.True(done.Succeeded, done.Error);
        var leadId = onDispo.Call!.LeadId!.Value;
        Assert.False(await factory.QueryAsync(db => db.Callbacks.AnyAsync(c => c.LeadId == leadId)));
    }

    [Theory]
    [InlineData("1012", "NEW")]
    [InlineData("1013", "DROP")]
    [InlineData("1014", "NOSUCH")]
    public async Task Status_the_agent_may_not_choose_is_refused(string agentUser, string statusCode)
    {
        await factory.LogInToDispositionAsync(agentUser);

        var done = await _desk.DispositionAsync(agentUser, statusCode, pauseAfter: false, callback: null);

        Assert.Equal($"{statusCode} is not a status you can choose.", done.Error);
        Assert.Equal(AgentState.Dispo, factory.Session(agentUser)!.State);
    }

    [Fact]
    public async Task Disposition_while_still_on_the_call_is_refused()
    {
        await factory.LogInOnAnsweredCallAsync("1015");

        var done = await _desk.DispositionAsync("1015", "SALE", pauseAfter: false, callback: null);

        Assert.Equal("agent is not on the disposition screen", done.Error);
        Assert.Equal(AgentState.InCall, factory.Session("1015")!.State);
    }

    [Fact]
    public async Task Disposition_for_an_agent_who_is_not_logged_in_is_refused()
    {
        var done = await _desk.DispositionAsync("1016", "SALE", pauseAfter: false, callback: null);

        Assert.Equal("agent_user is not logged in", done.Error);
    }

    [Fact]
    public async Task Statuses_offered_are_the_selectable_ones()
    {
        var codes = (await _desk.StatusesAsync("TESTCAMP")).Select(s => s.Code).ToList();

        Assert.Contains("SALE", codes);
        Assert.Contains("CALLBK", codes);
        Assert.Contains("DNC", codes);
        Assert.DoesNotContain("NEW", codes);
        Assert.DoesNotContain("DROP", codes);
    }
}
