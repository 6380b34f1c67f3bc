namespace Portal.IntegrationTests;

using Portal.Domain.Leads;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Calls;

/// <summary>external_dial through /agc/api.php (contract §3.11): the checks in order, dialling now, preview, MANUALNEXT.</summary>
public sealed class ExternalDialApiTests(LeadsApiFactory factory) : IClassFixture<LeadsApiFactory>
{
    private static readonly string Answers = LeadsApiFactory.AnswerNumbers[0];
    private readonly HttpClient _client = factory.CreateClient();

    private Task<ApiReply> DialAsync(params (string Name, string Value)[] parameters) => _client.CallAsync("external_dial", parameters);

    private static (string, string)[] Flags(string preview = "NO", string focus = "NO", string search = "YES") =>
        [("search", search), ("preview", preview), ("focus", focus)];

    [Fact]
    public async Task External_dial_without_search_preview_and_focus_is_not_valid()
    {
        var reply = await DialAsync(("agent_user", "1001"), ("value", Answers), ("phone_code", "1"));

        Assert.Equal($"ERROR: external_dial not valid - {Answers}|1|||||1001|\n", reply.Body);
    }

    [Fact]
    public async Task External_dial_without_a_number_or_lead_is_not_valid_and_logs_its_fields()
    {
        var (reply, rows) = await factory.CallAuditedAsync(_client, "external_dial", 1, [("agent_user", "1001"), .. Flags()]);

        Assert.Equal("ERROR: external_dial not valid - ||YES|NO|NO||1001|\n", reply.Body);
        Assert.Equal(("ERROR", "external_dial not valid", "|YES|NO|NO|"), (rows[0].Result, rows[0].ResultReason, rows[0].Data));
    }

    [Fact]
    public async Task External_dial_keeps_only_the_digits_of_the_number()
    {
        var reply = await DialAsync(("agent_user", "1001"), ("value", "ab-1"), ("search", "YES"));

        Assert.Equal("ERROR: external_dial not valid - 1||YES||||1001|\n", reply.Body);
    }

    [Fact]
    public async Task External_dial_needs_the_function_permission()
    {
        var reply = await _client.CallAsAsync(LeadsApiFactory.NoFunctionsUser, "external_dial", [("agent_user", "1001"), ("value", Answers), .. Flags()]);

        Assert.Equal($"ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION - {Answers}|apinone|external_dial|APITEST\n", reply.Body);
    }

    [Fact]
    public async Task External_dial_on_an_agent_who_is_not_logged_in_says_so()
    {
        var reply = await DialAsync([("agent_user", "1020"), ("value", Answers), .. Flags()]);

        Assert.Equal("ERROR: agent_user is not logged in - 1020\n", reply.Body);
    }

    [Fact]
    public async Task External_dial_on_a_ready_agent_reports_not_paused()
    {
        await factory.LogInReadyAsync("1002");

        var reply = await DialAsync([("agent_user", "1002"), ("value", Answers), .. Flags()]);

        Assert.Equal("ERROR: agent_user is not paused - 1002\n", reply.Body);
        Assert.Equal(AgentState.Ready, factory.Session("1002")?.State);
    }

    [Fact]
    public async Task External_dial_on_an_agent_previewing_a_lead_reports_not_paused()
    {
        await factory.LogInAsync("1019");
        Assert.True((await factory.Get<ICallDesk>().ShowNextPreviewAsync("1019")).Succeeded);

        var reply = await DialAsync([("agent_user", "1019"), ("value", Answers), .. Flags()]);

        Assert.Equal("ERROR: agent_user is not paused - 1019\n", reply.Body);
    }

    [Fact]
    public async Task Unknown_dial_ingroup_gives_a_notice_and_processing_continues()
    {
        await factory.LogInReadyAsync("1003");

        var (reply, rows) = await factory.CallAuditedAsync(_client, "external_dial", 2, [("agent_user", "1003"), ("value", Answers), ("dial_ingroup", "NOPE"), .. Flags()]);

        Assert.Equal("NOTICE: defined dial_ingroup not found - NOPE\nERROR: agent_user is not paused - 1003\n", reply.Body);
        Assert.Equal(["NOTICE", "ERROR"], rows.Select(r => r.Result));
        Assert.Equal("defined dial_ingroup not found", rows[0].ResultReason);
    }

    [Fact]
    public async Task Agent_without_manual_dial_rights_may_not_be_dialled_for()
    {
        await factory.LogInAsync(LeadsApiFactory.NoManualDialAgent);

        var reply = await DialAsync([("agent_user", LeadsApiFactory.NoManualDialAgent), ("value", Answers), .. Flags()]);

        Assert.Equal("ERROR: agent_user is not allowed to place manual dial calls - 2001\n", reply.Body);
        Assert.Null(factory.Session("2001")?.Call);
    }

    [Fact]
    public async Task Group_alias_is_not_valid_because_portal_has_none_and_it_ends_the_request()
    {
        await factory.LogInAsync("1004");

        var (reply, rows) = await factory.CallAuditedAsync(
            _client, "external_dial", 1, [("agent_user", "1004"), ("value", Answers), ("group_alias", "DEFAULT"), ("close_window_link", "1"), .. Flags()]);

        Assert.Equal("ERROR: group_alias is not valid - 1004|DEFAULT\n", reply.Body);
        Assert.Equal("1004|DEFAULT", rows[0].Data);
        Assert.Null(factory.Session("1004")?.Call);
    }

    [Fact]
    public async Task Outbound_cid_is_refused_unless_the_system_allows_it_for_the_api()
    {
        await factory.LogInAsync("1005");

        var reply = await DialAsync([("agent_user", "1005"), ("value", Answers), ("outbound_cid", "3125559999"), .. Flags()]);

        Assert.Equal("ERROR: outbound_cid is not allowed on this system - 1005|3125559999|DISABLED\n", reply.Body);
        Assert.Null(factory.Session("1005")?.Call);
    }

    [Fact]
    public async Task External_dial_places_the_call_now_and_answers_with_every_field()
    {
        await factory.LogInAsync("1006");
        var before = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        var (reply, rows) = await factory.CallAuditedAsync(
            _client, "external_dial", 1, [("agent_user", "1006"), ("value", Answers), ("phone_code", "1"), ("vendor_id", "V-77"), ("dial_prefix", "88"), .. Flags()]);

        var epoch = long.Parse(reply.SuccessFields()[7], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(epoch, before, DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        Assert.Equal($"SUCCESS: external_dial function set - {Answers}|1006|1|YES|NO|NO|V-77|{epoch}|88|||\n", reply.Body);
        Assert.Equal(("SUCCESS", "external_dial function set", $"1|YES|NO|NO|V-77|{epoch}|88|||"), (rows[0].Result, rows[0].ResultReason, rows[0].Data));
        var call = factory.Session("1006")?.Call;
        Assert.NotNull(call);
        Assert.Equal((Answers, CallDirection.Manual), (call.PhoneNumber, call.Direction));
    }

    [Fact]
    public async Task A_new_lead_for_the_dial_gets_the_vendor_id_as_its_vendor_lead_code()
    {
        await factory.LogInAsync("1007");
        var number = LeadsApiFactory.AnswerNumbers[1];

        var reply = await DialAsync([("agent_user", "1007"), ("value", number), ("vendor_id", "CRM-4711"), .. Flags(search: "NO")]);

        Assert.StartsWith("SUCCESS: external_dial function set - ", reply.Body, StringComparison.Ordinal);
        var lead = await factory.LeadAsync(factory.Session("1007")!.Call!.LeadId!.Value);
        Assert.Equal((number, "CRM-4711"), (lead.Details.PhoneNumber, lead.Details.VendorLeadCode));
    }

    [Fact]
    public async Task Search_yes_dials_the_existing_lead_with_that_number()
    {
        var number = LeadsApi.NewNumber();
        var lead = await factory.NewLeadAsync(new LeadDetails { PhoneNumber = number, FirstName = "Existing" });
        await factory.LogInAsync("1008");

        await DialAsync([("agent_user", "1008"), ("value", number), .. Flags(search: "YES")]);

        Assert.Equal(lead.LeadId, factory.Session("1008")?.Call?.LeadId);
    }

    [Fact]
    public async Task Preview_yes_shows_the_number_as_a_lead_in_preview_without_dialling()
    {
        var number = LeadsApi.NewNumber();
        await factory.LogInAsync("1009");

        var reply = await DialAsync([("agent_user", "1009"), ("value", number), ("phone_code", "1"), .. Flags(preview: "YES")]);

        Assert.StartsWith($"SUCCESS: external_dial function set - {number}|1009|1|YES|YES|NO|", reply.Body, StringComparison.Ordinal);
        var session = factory.Session("1009")!;
        Assert.Equal((AgentState.Paused, (ActiveCall?)null), (session.State, session.Call));
        Assert.Equal(number, (await factory.LeadAsync(session.PreviewLeadId!.Value)).Details.PhoneNumber);
    }

    [Fact]
    public async Task Lead_id_fills_the_number_and_phone_code_from_the_lead()
    {
        var lead = await factory.NewLeadAsync(new LeadDetails { PhoneCode = "44", PhoneNumber = LeadsApi.NewNumber() });
        await factory.LogInAsync("1010");

        var reply = await DialAsync([("agent_user", "1010"), ("lead_id", $"{lead.LeadId}"), ("value", "999"), .. Flags(preview: "YES")]);

        Assert.StartsWith($"SUCCESS: external_dial function set - {lead.Details.PhoneNumber}|1010|44|YES|YES|NO|", reply.Body, StringComparison.Ordinal);
        Assert.Equal(lead.LeadId, factory.Session("1010")?.PreviewLeadId);
    }

    [Fact]
    public async Task Unknown_lead_id_is_not_valid()
    {
        await factory.LogInAsync("1011");

        var reply = await DialAsync([("agent_user", "1011"), ("lead_id", "999999999"), .. Flags()]);

        Assert.Equal("ERROR: lead_id is not valid - 1011|999999999\n", reply.Body);
    }

    [Fact]
    public async Task Alt_dial_search_finds_which_number_of_the_lead_was_sent_and_dials_it()
    {
        var alt = LeadsApiFactory.AnswerNumbers[2];
        var lead = await factory.NewLeadAsync(new LeadDetails { PhoneNumber = LeadsApi.NewNumber(), AltPhone = alt });
        await factory.LogInAsync("1012");

        var reply = await DialAsync([("agent_user", "1012"), ("lead_id", $"{lead.LeadId}"), ("value", alt), ("alt_dial", "SEARCH"), .. Flags()]);

        Assert.Matches($@"^SUCCESS: external_dial function set - {alt}\|1012\|1\|YES\|NO\|NO\|\|\d+\|\|\|\|ALT\n$", reply.Body);
        Assert.Equal((alt, lead.LeadId), (factory.Session("1012")?.Call?.PhoneNumber, factory.Session("1012")?.Call?.LeadId));
    }

    [Fact]
    public async Task Alt_dial_search_without_a_match_ends_the_request()
    {
        var lead = await factory.NewLeadAsync(new LeadDetails { PhoneNumber = LeadsApi.NewNumber() });
        await factory.LogInAsync("1013");

        var reply = await DialAsync([("agent_user", "1013"), ("lead_id", $"{lead.LeadId}"), ("value", "5550001"), ("alt_dial", "SEARCH"), ("close_window_link", "1"), .. Flags()]);

        Assert.Equal($"ERROR: phone number lead_id search not found - 1013||{lead.LeadId}|\n", reply.Body);
    }

    [Fact]
    public async Task Alt_dial_of_an_empty_lead_number_is_not_a_valid_phone_number()
    {
        var lead = await factory.NewLeadAsync(new LeadDetails { PhoneNumber = LeadsApi.NewNumber(), Address3 = "Apt. B" });
        await factory.LogInAsync("1014");

        var reply = await DialAsync([("agent_user", "1014"), ("lead_id", $"{lead.LeadId}"), ("alt_dial", "ADDR3"), .. Flags()]);

        Assert.Equal($"ERROR: phone number is not valid - 1014||{lead.LeadId}|ADDR3\n", reply.Body);
        Assert.Null(factory.Session("1014")?.Call);
    }

    [Fact]
    public async Task A_number_portal_cannot_dial_is_not_a_valid_phone_number()
    {
        await factory.LogInAsync("1015");

        var reply = await DialAsync([("agent_user", "1015"), ("value", "12"), .. Flags()]);

        Assert.Equal("ERROR: phone number is not valid - 1015|12||\n", reply.Body);
    }

    [Fact]
    public async Task A_number_on_the_dnc_list_is_not_dialled_and_the_reply_says_why()
    {
        var number = LeadsApi.NewNumber();
        await factory.ChangeAsync(db => db.DncNumbers.Add(new DncNumber { PhoneNumber = number, AddedAt = DateTimeOffset.UtcNow, AddedBy = "admin" }));
        await factory.LogInAsync("1016");

        var reply = await DialAsync([("agent_user", "1016"), ("value", number), .. Flags()]);

        Assert.Equal($"ERROR: external_dial failed - 1016|{number}|{number} is on the do-not-call list and cannot be dialled.\n", reply.Body);
        Assert.Null(factory.Session("1016")?.Call);
    }

    [Fact]
    public async Task Manualnext_with_preview_shows_the_next_lead_in_preview()
    {
        await factory.LogInAsync("1017");

        var reply = await DialAsync([("agent_user", "1017"), ("value", "MANUALNEXT"), .. Flags(preview: "YES")]);

        Assert.StartsWith("SUCCESS: external_dial function set - MANUALNEXT|1017||YES|YES|NO|", reply.Body, StringComparison.Ordinal);
        var session = factory.Session("1017")!;
        Assert.NotNull(session.PreviewLeadId);
        Assert.Equal(AgentState.Paused, session.State);
    }

    [Fact]
    public async Task Manualnext_without_preview_dials_the_next_lead()
    {
        await factory.LogInAsync("1018");

        var reply = await DialAsync([("agent_user", "1018"), ("value", "MANUALNEXT"), .. Flags()]);

        Assert.StartsWith("SUCCESS: external_dial function set - MANUALNEXT|1018|", reply.Body, StringComparison.Ordinal);
        var call = factory.Session("1018")?.Call;
        Assert.NotNull(call?.LeadId);
        Assert.Equal(CallDirection.Manual, call.Direction);
    }

    [Fact]
    public async Task Focus_yes_alerts_the_agents_screen()
    {
        await factory.LogInAsync("2002");
        using var events = factory.Record("2002");

        await DialAsync([("agent_user", "2002"), ("value", LeadsApiFactory.AnswerNumbers[3]), .. Flags(focus: "YES")]);

        var alert = Assert.Single(events.OfType<NotificationReceived>());
        Assert.Equal($"Incoming API dial: {LeadsApiFactory.AnswerNumbers[3]}", alert.Notification.Text);
    }

    [Fact]
    public async Task A_known_dial_ingroup_is_recorded_with_the_call()
    {
        await factory.LogInAsync("2003");

        await DialAsync([("agent_user", "2003"), ("value", LeadsApiFactory.AnswerNumbers[4]), ("dial_ingroup", "SALESLINE"), .. Flags()]);

        Assert.Equal("SALESLINE", factory.Session("2003")?.Call?.InGroupId);
    }

    [Fact]
    public async Task A_known_dial_ingroup_passes_the_paused_check_but_portal_dials_only_for_a_paused_agent()
    {
        await factory.LogInReadyAsync("2006");

        var reply = await DialAsync([("agent_user", "2006"), ("value", LeadsApiFactory.AnswerNumbers[7]), ("dial_ingroup", "SUPPORT"), .. Flags()]);

        Assert.Equal($"ERROR: external_dial failed - 2006|{LeadsApiFactory.AnswerNumbers[7]}|Pause first: manual dials are placed while paused.\n", reply.Body);
        Assert.Equal(AgentState.Ready, factory.Session("2006")?.State);
    }

    [Fact]
    public async Task Vtiger_callback_number_loses_its_99_prefix_and_leading_zeros()
    {
        await factory.LogInAsync("2004");

        var reply = await DialAsync([("agent_user", "2004"), ("value", "99000" + LeadsApiFactory.AnswerNumbers[5]), ("vtiger_callback", "YES"), .. Flags()]);

        Assert.StartsWith($"SUCCESS: external_dial function set - {LeadsApiFactory.AnswerNumbers[5]}|2004|", reply.Body, StringComparison.Ordinal);
        Assert.Equal(LeadsApiFactory.AnswerNumbers[5], factory.Session("2004")?.Call?.PhoneNumber);
    }

    [Fact]
    public async Task Alt_user_names_the_agent_by_crm_id()
    {
        await factory.LogInAsync("2005");

        var reply = await DialAsync([("alt_user", "CRM2005"), ("value", LeadsApiFactory.AnswerNumbers[6]), .. Flags()]);

        Assert.StartsWith($"SUCCESS: external_dial function set - {LeadsApiFactory.AnswerNumbers[6]}|2005|", reply.Body, StringComparison.Ordinal);
        Assert.Equal(LeadsApiFactory.AnswerNumbers[6], factory.Session("2005")?.Call?.PhoneNumber);
    }
}
