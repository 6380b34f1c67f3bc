namespace Portal.Domain.Tests;

using Portal.Domain.Campaigns;
using Portal.Domain.Leads;
using Portal.Domain.Users;

/// <summary>The rules behind the admin portal's forms, kept in the entities they protect.</summary>
public sealed class AdminRulesTests
{
    private static readonly CampaignSettings Valid = new() { Name = "Sales", DialMethod = DialMethod.Ratio, InboundAllowed = true, InGroupIds = ["SUPPORT"] };

    [Fact]
    public void Valid_campaign_settings_have_no_problems() => Assert.Empty(Valid.Validate());

    [Fact]
    public void Change_settings_replaces_in_groups_and_hotkeys()
    {
        var campaign = new Campaign("SALES", "Old", DialMethod.Manual).AllowInbound("BILLING", "SUPPORT");

        campaign.ChangeSettings(Valid with { InGroupIds = ["SUPPORT", "SALESLINE"], Hotkeys = new Dictionary<string, string> { ["1"] = "SALE" } });

        Assert.Equal(["SUPPORT", "SALESLINE"], campaign.InGroups.Select(g => g.InGroupId));
        Assert.Equal([("1", "SALE")], campaign.Hotkeys.Select(h => (h.Key, h.StatusCode)));
        Assert.Equal(("Sales", DialMethod.Ratio), (campaign.Name, campaign.DialMethod));
    }

    [Fact]
    public void A_campaign_without_inbound_keeps_no_in_groups()
    {
        var campaign = new Campaign("SALES", "Old", DialMethod.Ratio).AllowInbound("SUPPORT");

        campaign.ChangeSettings(Valid with { InboundAllowed = false, InGroupIds = [] });

        Assert.False(campaign.InboundAllowed);
        Assert.Empty(campaign.InGroups);
    }

    [Fact]
    public void Settings_read_back_from_a_campaign_apply_unchanged()
    {
        var campaign = new Campaign("SALES", "Sales", DialMethod.Ratio);
        campaign.ChangeSettings(Valid with { TimerActionSeconds = 60, TimerActionMessage = "One minute", ScheduledCallbacks = false });

        var read = CampaignSettings.Of(campaign);

        Assert.Equivalent(Valid with { TimerActionSeconds = 60, TimerActionMessage = "One minute", ScheduledCallbacks = false }, read, strict: true);
    }

    [Fact]
    public void Invalid_settings_are_refused_by_the_entity_too()
    {
        var campaign = new Campaign("SALES", "Sales", DialMethod.Ratio);

        Assert.Throws<ArgumentException>(() => campaign.ChangeSettings(Valid with { DialLevel = -1 }));
        Assert.Equal("Sales", campaign.Name);
    }

    [Theory]
    [InlineData("https://crm.example.com/?id=--A--lead_id--B--", true)]
    [InlineData("http://crm", true)]
    [InlineData("ftp://crm.example.com", false)]
    [InlineData("crm.example.com", false)]
    [InlineData("javascript:alert(1)", false)]
    public void A_web_form_is_an_http_address(string url, bool ok) =>
        Assert.Equal(ok, !(Valid with { WebFormUrl = url }).Validate().ContainsKey(nameof(CampaignSettings.WebFormUrl)));

    [Theory]
    [InlineData("0", "SALE")]
    [InlineData("A", "SALE")]
    [InlineData("1", "NOT VALID")]
    public void Hotkeys_are_keys_1_to_9_on_well_formed_status_codes(string key, string status) =>
        Assert.Contains(nameof(CampaignSettings.Hotkeys), (Valid with { Hotkeys = new Dictionary<string, string> { [key] = status } }).Validate().Keys);

    [Fact]
    public void A_timer_action_needs_a_message()
    {
        var problems = (Valid with { TimerActionSeconds = 30 }).Validate();

        Assert.Equal("Enter the message the timer action shows.", problems[nameof(CampaignSettings.TimerActionMessage)]);
    }

    [Theory]
    [InlineData("AB", true)]
    [InlineData("SALES_LINE-2", true)]
    [InlineData("A", false)]
    [InlineData("HAS SPACE", false)]
    [InlineData("ABCDEFGHIJKLMNOPQRSTU", false)]
    public void In_group_ids_have_2_to_20_letters_digits_dashes_or_underscores(string id, bool ok) => Assert.Equal(ok, InGroup.IsValidId(id));

    [Theory]
    [InlineData("#1565c0", true)]
    [InlineData("#fff", true)]
    [InlineData("blue", false)]
    [InlineData("#12345g", false)]
    public void In_group_colours_are_hex(string color, bool ok) =>
        Assert.Equal(ok, !InGroup.Validate("Queue", color, 1).ContainsKey(nameof(InGroup.Color)));

    [Fact]
    public void An_in_group_change_with_a_bad_priority_throws()
    {
        var group = new InGroup("SUPPORT", "Support", "#1565c0", 3);

        Assert.Throws<ArgumentException>(() => group.Change("Support", "#1565c0", 100, null));
        Assert.Equal(3, group.Priority);
    }

    [Fact]
    public void Renaming_a_status_or_pause_code_to_blank_throws()
    {
        Assert.Throws<ArgumentException>(() => new Status("SALE", "Sale", StatusFlags.Selectable).Rename(" "));
        Assert.Throws<ArgumentException>(() => new PauseCode("BREAK", "Break", billable: false).Change(new string('x', 31), billable: false));
    }

    [Fact]
    public void A_deactivated_list_can_be_activated_again()
    {
        var list = new LeadList(101, "List", "TESTCAMP");

        list.Deactivate();
        Assert.False(list.Active);
        list.Activate();

        Assert.True(list.Active);
    }

    [Fact]
    public void A_user_group_change_stores_tidy_lists()
    {
        var group = new UserGroup("AGENTS", "Agents", "TESTCAMP");

        group.Change(" Agents ", "TESTCAMP  INBOUND TESTCAMP", "AGENTS");

        Assert.Equal(("Agents", "TESTCAMP INBOUND", "AGENTS"), (group.Name, group.AllowedCampaigns, group.ViewableUserGroups));
        Assert.False(group.CanView("SUPERVISORS"));
    }

    [Fact]
    public void User_settings_need_a_role_unless_api_only()
    {
        var settings = new UserSettings { FullName = "Integration", Role = null, UserGroupId = "API" };

        Assert.Contains(nameof(UserSettings.Role), settings.Validate().Keys);
        Assert.Empty((settings with { ApiOnly = true, AgentApiAccess = true }).Validate());
    }

    [Theory]
    [InlineData("ALL_FUNCTIONS", true)]
    [InlineData("external_pause logout", true)]
    [InlineData("", true)]
    [InlineData("agent_status logged_in_agents lead_all_info", true)]
    [InlineData("external_pause drop_database", false)]
    [InlineData("logged_in_agents agent_status lead_all_info lead_callback_info update_lead api_log", true)]
    public void Allowed_functions_name_known_agent_api_and_rest_functions(string functions, bool ok) =>
        Assert.Equal(ok, AgentApiFunctions.AreKnown(functions));

    [Theory]
    [InlineData("(312) 555-0101", "3125550101")]
    [InlineData(" 312.555.0101 ", "3125550101")]
    [InlineData("312 555 01O1", "31255501O1")]
    public void Phone_numbers_lose_spaces_dashes_dots_and_brackets_but_nothing_else(string typed, string cleaned) =>
        Assert.Equal(cleaned, PhoneNumberText.Clean(typed));
}
