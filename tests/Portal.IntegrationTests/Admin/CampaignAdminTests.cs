namespace Portal.IntegrationTests.Admin;

using Portal.Domain.Campaigns;
using Portal.Domain.Leads;
using Portal.Infrastructure.Admin.Campaigns;
using Portal.Infrastructure.Admin.Catalog;
using Portal.Infrastructure.Admin.Leads;
using Portal.Infrastructure.Admin.UserGroups;
using Portal.Infrastructure.Agents;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Leads;

/// <summary>Campaigns through the admin service: every setting stored, in effect at once, and deactivated without loss.</summary>
public sealed class CampaignAdminTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly ICampaignAdmin _campaigns = factory.Get<ICampaignAdmin>();
    private readonly AgentDesk _desk = factory.Get<AgentDesk>();

    private static CampaignSettings Inbound(params string[] inGroups) => new()
    {
        Name = "Admin-made",
        DialMethod = DialMethod.InboundMan,
        InboundAllowed = true,
        InGroupIds = inGroups,
        PauseCodes = PauseCodeMode.Forced,
    };

    /// <summary>Lets the demo agents work in the campaign too.</summary>
    private async Task OpenToAgentsAsync(string campaignId)
    {
        var agents = (await factory.Get<IUserGroupAdmin>().ListAsync(Callers.Admin)).Single(g => g.Id == "AGENTS");
        var result = await factory.Get<IUserGroupAdmin>().UpdateAsync(Callers.Admin, "AGENTS", agents.Settings with { Campaigns = [.. agents.Settings.Campaigns, campaignId] });
        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task A_new_campaign_is_offered_to_agents_with_its_in_group_and_pause_code_at_once()
    {
        await factory.Get<IInGroupAdmin>().CreateAsync(Callers.Admin, "NEWQ701", new InGroupSettings("New queue", "#123456", 4, null));
        Assert.True((await _campaigns.CreateAsync(Callers.Admin, "NEW701", Inbound("NEWQ701"))).Succeeded);
        await factory.Get<IPauseCodeAdmin>().CreateAsync(Callers.Admin, "COACH", "NEW701", "Coaching", billable: true);
        await OpenToAgentsAsync("NEW701");

        var login = await _desk.LogInAsync("1011", "NEW701", "1011");

        Assert.NotNull(login.Session);
        Assert.Equal(["NEWQ701"], login.Session.InGroups);
        Assert.Equal(["NEWQ701"], (await _desk.ProfileAsync("NEW701"))!.InGroups.Select(g => g.Id));
        Assert.Contains(await _desk.PauseCodesForAsync("NEW701"), p => p.Code == "COACH");
        Assert.DoesNotContain(await _desk.PauseCodesForAsync("TESTCAMP"), p => p.Code == "COACH");
    }

    [Fact]
    public async Task Every_setting_is_stored_and_read_back()
    {
        var settings = new CampaignSettings
        {
            Name = "Everything",
            DialMethod = DialMethod.Ratio,
            InboundAllowed = true,
            InGroupIds = ["SALESLINE"],
            PauseCodes = PauseCodeMode.Off,
            Recording = RecordingMode.AllForce,
            WebFormUrl = "https://crm.example.com/?id=--A--lead_id--B--",
            Script = "Hello --A--first_name--B--",
            DialLevel = 2.5,
            AltPhoneDialAllowed = true,
            PreviewDial = PreviewDialMode.PreviewOnly,
            InboundLeadSwitch = false,
            TimerActionSeconds = 30,
            TimerActionMessage = "Thirty seconds",
            ScheduledCallbacks = false,
            CallbackUserOnlyDefault = false,
            Hotkeys = new Dictionary<string, string> { ["1"] = "SALE", ["5"] = "NI" },
        };

        await _campaigns.CreateAsync(Callers.Admin, "ALL702", settings);
        var stored = (await _campaigns.GetAsync(Callers.Admin, "ALL702"))!.Settings;

        Assert.Equivalent(settings, stored, strict: true);
    }

    [Fact]
    public async Task Hotkeys_and_callback_options_reach_the_desk_and_callback_statuses_go_when_callbacks_are_off()
    {
        await _campaigns.CreateAsync(Callers.Admin, "HOT703", Inbound("SUPPORT") with
        {
            ScheduledCallbacks = false,
            CallbackUserOnlyDefault = false,
            Hotkeys = new Dictionary<string, string> { ["1"] = "SALE" },
        });

        var profile = (await _desk.ProfileAsync("HOT703"))!;
        var statuses = await factory.Get<CallDesk>().StatusesAsync("HOT703");

        Assert.Equal(new Dictionary<string, string> { ["1"] = "SALE" }, profile.Hotkeys);
        Assert.False(profile.CallbackUserOnlyDefault);
        Assert.DoesNotContain(statuses, s => s.Code == "CALLBK");
        Assert.Contains(await factory.Get<CallDesk>().StatusesAsync("TESTCAMP"), s => s.Code == "CALLBK");
    }

    [Fact]
    public async Task Changing_settings_takes_effect_for_the_next_profile()
    {
        await _campaigns.CreateAsync(Callers.Admin, "CHG704", Inbound("SUPPORT"));

        var changed = await _campaigns.UpdateAsync(Callers.Admin, "CHG704", Inbound("SALESLINE", "SUPPORT") with { Name = "Renamed", Recording = RecordingMode.Never });

        Assert.True(changed.Succeeded);
        var profile = (await _desk.ProfileAsync("CHG704"))!;
        Assert.Equal(("Renamed", RecordingMode.Never), (profile.Name, profile.Recording));
        Assert.Equal(["SALESLINE", "SUPPORT"], profile.InGroups.Select(g => g.Id));
    }

    [Fact]
    public async Task A_deactivated_campaign_is_no_longer_offered_but_keeps_its_lists_and_leads()
    {
        await _campaigns.CreateAsync(Callers.Admin, "OLD705", Inbound("SUPPORT"));
        await OpenToAgentsAsync("OLD705");
        await factory.Get<IListAdmin>().CreateAsync(Callers.Admin, 7050, "Old list", "OLD705");
        var leadId = await factory.Get<LeadDirectory>().AddAsync(7050, new LeadDetails { PhoneNumber = "3125557050" }, "admin");

        Assert.True((await _campaigns.SetActiveAsync(Callers.Admin, "OLD705", active: false)).Succeeded);

        Assert.DoesNotContain(await _desk.CampaignsForAsync("1012"), c => c.Id == "OLD705");
        Assert.Null((await _desk.LogInAsync("1012", "OLD705", "1012")).Session);
        Assert.Equal(7050, (await factory.LeadAsync(leadId)).ListId);
        Assert.False((await _campaigns.GetAsync(Callers.Admin, "OLD705"))!.Active);

        await _campaigns.SetActiveAsync(Callers.Admin, "OLD705", active: true);
        Assert.Contains(await _desk.CampaignsForAsync("1012"), c => c.Id == "OLD705");
    }

    [Theory]
    [InlineData("TOOLONGID", "Id")]
    [InlineData("TESTCAMP", "Id")]
    [InlineData("A B", "Id")]
    public async Task A_bad_or_taken_id_is_refused(string id, string field)
    {
        var result = await _campaigns.CreateAsync(Callers.Admin, id, Inbound("SUPPORT"));

        Assert.Contains(field, result.Problems.Keys);
    }

    [Fact]
    public async Task Settings_that_break_the_rules_are_refused_by_field()
    {
        var bad = Inbound("SUPPORT") with
        {
            Name = "",
            WebFormUrl = "javascript:alert(1)",
            DialLevel = 11,
            TimerActionSeconds = 10,
            TimerActionMessage = null,
            Hotkeys = new Dictionary<string, string> { ["0"] = "SALE" },
        };

        var result = await _campaigns.CreateAsync(Callers.Admin, "BAD706", bad);

        Assert.Equal(["DialLevel", "Hotkeys", "Name", "TimerActionMessage", "WebFormUrl"], result.Problems.Keys.Order());
        Assert.Null(await _campaigns.GetAsync(Callers.Admin, "BAD706"));
    }

    [Fact]
    public async Task An_inbound_campaign_must_allow_inbound_and_name_known_in_groups()
    {
        var noInbound = await _campaigns.CreateAsync(Callers.Admin, "BAD707", Inbound() with { InboundAllowed = false });
        var unknown = await _campaigns.CreateAsync(Callers.Admin, "BAD708", Inbound("NOSUCHQ"));

        Assert.Contains("InboundAllowed", noInbound.Problems.Keys);
        Assert.Equal("There is no in-group NOSUCHQ.", unknown.Problems["InGroupIds"]);
    }

    [Fact]
    public async Task A_hotkey_must_name_an_active_status_agents_can_choose()
    {
        var system = await _campaigns.CreateAsync(Callers.Admin, "BAD709", Inbound("SUPPORT") with { Hotkeys = new Dictionary<string, string> { ["2"] = "NEW" } });

        Assert.Equal("Hotkey 2: NEW is not an active status agents can choose in this campaign.", system.Problems["Hotkeys"]);
    }

    [Theory]
    [MemberData(nameof(Callers.NotAdmins), MemberType = typeof(Callers))]
    public async Task Only_admins_may_use_the_service(string userName)
    {
        var caller = Callers.SignedIn(userName);

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => _campaigns.ListAsync(caller));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => _campaigns.CreateAsync(caller, "SNEAKY", Inbound("SUPPORT")));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => _campaigns.SetActiveAsync(caller, "TESTCAMP", active: false));
    }
}
