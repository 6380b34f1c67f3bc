namespace Portal.IntegrationTests;

using Portal.Domain.Leads;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Calls;

/// <summary>preview_dial_action through /agc/api.php (contract §3.12): campaign rules, then SKIP, DIALONLY, ALTDIAL, FINISH.</summary>
public sealed class PreviewDialActionApiTests(LeadsApiFactory factory) : IClassFixture<LeadsApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private Task<ApiReply> ActAsync(string agentUser, string value) =>
        _client.CallAsync("preview_dial_action", ("agent_user", agentUser), ("value", value));

    private async Task<long> PreviewAsync(string agentUser, string campaignId = "TESTCAMP")
    {
        await factory.LogInAsync(agentUser, campaignId);
        var shown = await factory.Get<ICallDesk>().ShowNextPreviewAsync(agentUser);
        Assert.True(shown.Succeeded, shown.Error);
        return factory.Session(agentUser)!.PreviewLeadId!.Value;
    }

    private async Task<long> PreviewLeadAsync(string agentUser, LeadDetails details)
    {
        await factory.LogInAsync(agentUser);
        var lead = await factory.NewLeadAsync(details);
        await factory.SendAsync(agentUser, new PreviewLead(lead.LeadId));
        return lead.LeadId;
    }

    [Fact]
    public async Task Preview_dial_action_with_an_unknown_action_is_not_valid()
    {
        var reply = await ActAsync("1001", "SKIPPY");

        Assert.Equal("ERROR: preview_dial_action not valid - SKIPPY||1001|\n", reply.Body);
    }

    [Fact]
    public async Task Preview_dial_action_keeps_only_uppercase_letters_and_digits_of_the_value()
    {
        var reply = await ActAsync("1001", "skip");

        Assert.Equal("ERROR: preview_dial_action not valid - ||1001|\n", reply.Body);
    }

    [Fact]
    public async Task Preview_dial_action_needs_the_function_permission()
    {
        var reply = await _client.CallAsAsync(LeadsApiFactory.NoFunctionsUser, "preview_dial_action", ("agent_user", "1001"), ("value", "SKIP"));

        Assert.Equal("ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION - SKIP|apinone|preview_dial_action|APITEST\n", reply.Body);
    }

    [Fact]
    public async Task Preview_dial_action_on_an_agent_who_is_not_logged_in_says_so()
    {
        var reply = await ActAsync("1020", "SKIP");

        Assert.Equal("ERROR: agent_user is not logged in - 1020\n", reply.Body);
    }

    [Fact]
    public async Task Campaign_without_preview_dialing_refuses_and_logs_its_setting()
    {
        await factory.LogInAsync("2002", LeadsApiFactory.PreviewDisabledCampaign);

        var (reply, rows) = await factory.CallAuditedAsync(_client, "preview_dial_action", 1, ("agent_user", "2002"), ("value", "DIALONLY"), ("close_window_link", "1"));

        Assert.Equal("ERROR: preview dialing not allowed on this campaign - 2002|PVOFF|DISABLED\n", reply.Body);
        Assert.Equal("PVOFF|DISABLED", rows[0].Data);
    }

    [Fact]
    public async Task Preview_only_campaign_refuses_skipping()
    {
        await factory.LogInAsync("2003", LeadsApiFactory.PreviewOnlyCampaign);

        var reply = await ActAsync("2003", "SKIP");

        Assert.Equal("ERROR: preview dial skipping not allowed on this campaign - 2003|PVONLY|PREVIEW_ONLY\n", reply.Body);
    }

    [Fact]
    public async Task Campaign_without_alt_number_dialing_refuses_altdial()
    {
        await factory.LogInAsync("1002", "INBOUND");

        var reply = await ActAsync("1002", "ALTDIAL");

        Assert.Equal("ERROR: alt number dialing not allowed on this campaign - 1002|INBOUND|N\n", reply.Body);
    }

    [Fact]
    public async Task Preview_dial_action_on_a_ready_agent_reports_not_paused()
    {
        await factory.LogInReadyAsync("1003");

        var reply = await ActAsync("1003", "DIALONLY");

        Assert.Equal("ERROR: agent_user is not paused - 1003\n", reply.Body);
    }

    [Fact]
    public async Task Agent_without_manual_dial_rights_may_not_act_on_a_preview()
    {
        await factory.LogInAsync(LeadsApiFactory.NoManualDialAgent);

        var reply = await ActAsync(LeadsApiFactory.NoManualDialAgent, "DIALONLY");

        Assert.Equal("ERROR: agent_user is not allowed to place manual dial calls - 2001\n", reply.Body);
    }

    [Fact]
    public async Task Skip_shows_the_next_lead_and_logs_the_action()
    {
        var skipped = await PreviewAsync("1004");

        var (reply, rows) = await factory.CallAuditedAsync(_client, "preview_dial_action", 1, ("agent_user", "1004"), ("value", "SKIP"));

        Assert.Equal("SUCCESS: preview_dial_action function set - SKIP|1004|SKIP\n", reply.Body);
        Assert.Equal(("SUCCESS", "preview_dial_action function set", "SKIP"), (rows[0].Result, rows[0].ResultReason, rows[0].Data));
        var next = factory.Session("1004")?.PreviewLeadId;
        Assert.NotNull(next);
        Assert.NotEqual(skipped, next);
    }

    [Fact]
    public async Task Skip_without_a_lead_in_preview_fails_and_says_why()
    {
        await factory.LogInAsync("1005");

        var reply = await ActAsync("1005", "SKIP");

        Assert.Equal("ERROR: preview_dial_action failed - 1005|SKIP|No lead is in preview.\n", reply.Body);
        Assert.Null(factory.Session("1005")?.PreviewLeadId);
    }

    [Fact]
    public async Task Dialonly_dials_the_previewed_lead()
    {
        var leadId = await PreviewLeadAsync("1006", new LeadDetails { PhoneNumber = LeadsApiFactory.AnswerNumbers[0] });

        var reply = await ActAsync("1006", "DIALONLY");

        Assert.Equal("SUCCESS: preview_dial_action function set - DIALONLY|1006|DIALONLY\n", reply.Body);
        var session = factory.Session("1006")!;
        Assert.Equal((leadId, LeadsApiFactory.AnswerNumbers[0]), (session.Call?.LeadId, session.Call?.PhoneNumber));
        Assert.Null(session.PreviewLeadId);
    }

    [Fact]
    public async Task Altdial_dials_the_alternate_phone_of_the_previewed_lead()
    {
        var alt = LeadsApiFactory.AnswerNumbers[1];
        var leadId = await PreviewLeadAsync("1007", new LeadDetails { PhoneNumber = LeadsApi.NewNumber(), AltPhone = alt });

        var reply = await ActAsync("1007", "ALTDIAL");

        Assert.Equal("SUCCESS: preview_dial_action function set - ALTDIAL|1007|ALTDIAL\n", reply.Body);
        Assert.Equal((leadId, alt), (factory.Session("1007")?.Call?.LeadId, factory.Session("1007")?.Call?.PhoneNumber));
    }

    [Fact]
    public async Task Altdial_of_a_lead_without_an_alternate_phone_fails_and_says_why()
    {
        await PreviewLeadAsync("1008", new LeadDetails { PhoneNumber = LeadsApi.NewNumber() });

        var reply = await ActAsync("1008", "ALTDIAL");

        Assert.Equal("ERROR: preview_dial_action failed - 1008|ALTDIAL|This lead has no alternate phone.\n", reply.Body);
        Assert.Equal(AgentState.Paused, factory.Session("1008")?.State);
    }

    [Fact]
    public async Task Finish_closes_the_preview_without_dialling()
    {
        await PreviewAsync("1009");

        var reply = await ActAsync("1009", "FINISH");

        Assert.Equal("SUCCESS: preview_dial_action function set - FINISH|1009|FINISH\n", reply.Body);
        var session = factory.Session("1009")!;
        Assert.Equal((AgentState.Paused, (long?)null, (ActiveCall?)null), (session.State, session.PreviewLeadId, session.Call));
    }
}
