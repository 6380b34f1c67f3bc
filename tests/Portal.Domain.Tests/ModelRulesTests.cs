namespace Portal.Domain.Tests;

using Portal.Domain.Callbacks;
using Portal.Domain.Campaigns;
using Portal.Domain.Leads;

public sealed class ModelRulesTests
{
    private static readonly DateTimeOffset Now = TestSession.Start;

    [Theory]
    [InlineData("S")]
    [InlineData("SALES")]
    [InlineData("SALES123")]
    public void Campaign_id_of_one_to_eight_characters_is_accepted(string id)
    {
        var campaign = new Campaign(id, "Sales", DialMethod.Ratio);

        Assert.Equal(id, campaign.Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("SALES1234")]
    public void Campaign_id_empty_or_longer_than_eight_characters_throws(string id)
    {
        var thrown = Assert.Throws<ArgumentException>(() => new Campaign(id, "Sales", DialMethod.Ratio));

        Assert.Equal("id", thrown.ParamName);
    }

    [Theory]
    [InlineData(DialMethod.Manual, true)]
    [InlineData(DialMethod.InboundMan, true)]
    [InlineData(DialMethod.Ratio, false)]
    public void Only_ratio_campaigns_are_auto_dial(DialMethod method, bool manual)
    {
        Assert.Equal(manual, new Campaign("SALES", "Sales", method).IsManual);
    }

    [Fact]
    public void Campaign_allowing_an_in_group_twice_lists_it_once()
    {
        var campaign = new Campaign("SALES", "Sales", DialMethod.InboundMan);

        campaign.AllowInbound("SUPPORT", "BILLING").AllowInbound("SUPPORT");

        Assert.True(campaign.InboundAllowed);
        Assert.Equal(["SUPPORT", "BILLING"], campaign.InGroups.Select(g => g.InGroupId));
    }

    [Fact]
    public void Deactivated_campaign_is_not_active()
    {
        var campaign = new Campaign("SALES", "Sales", DialMethod.Ratio);

        campaign.Deactivate();

        Assert.False(campaign.Active);
    }

    [Theory]
    [InlineData("")]
    [InlineData("LUNCHES")]
    [InlineData("LU CH")]
    public void Malformed_pause_code_cannot_be_defined(string code)
    {
        Assert.Throws<ArgumentException>(() => new PauseCode(code, "Lunch", billable: false));
    }

    [Theory]
    [InlineData("")]
    [InlineData("CALLBKX")]
    [InlineData("CB!")]
    public void Malformed_status_cannot_be_defined(string code)
    {
        Assert.Throws<ArgumentException>(() => new Status(code, "Callback", StatusFlags.Selectable));
    }

    [Fact]
    public void Status_reads_its_flags()
    {
        var status = new Status("CALLBK", "Callback", StatusFlags.Selectable | StatusFlags.ScheduledCallback);

        Assert.True(status.Selectable);
        Assert.True(status.IsScheduledCallback);
        Assert.False(status.IsDnc);
    }

    [Fact]
    public void Callback_comments_up_to_the_limit_are_kept()
    {
        var comments = new string('x', Callback.MaxCommentsLength);

        var callback = Schedule(Now.AddHours(1), CallbackType.Anyone, comments);

        Assert.Equal(comments, callback.Comments);
    }

    [Fact]
    public void Callback_comments_over_the_limit_throw()
    {
        var comments = new string('x', Callback.MaxCommentsLength + 1);

        var thrown = Assert.Throws<ArgumentException>(() => Schedule(Now.AddHours(1), CallbackType.Anyone, comments));

        Assert.Equal("comments", thrown.ParamName);
    }

    [Fact]
    public void Callback_without_comments_has_empty_comments()
    {
        var callback = Schedule(Now.AddHours(1), CallbackType.Anyone, comments: null);

        Assert.Equal("", callback.Comments);
    }

    [Fact]
    public void Callback_due_later_is_scheduled_active()
    {
        var callback = Schedule(Now.AddHours(1), CallbackType.Anyone);

        Assert.Equal(CallbackState.Active, callback.State);
        Assert.False(callback.IsDue(Now));
    }

    [Fact]
    public void Callback_due_now_is_scheduled_live()
    {
        var callback = Schedule(Now, CallbackType.Anyone);

        Assert.Equal(CallbackState.Live, callback.State);
        Assert.True(callback.IsDue(Now));
    }

    [Fact]
    public void Callback_becomes_due_at_its_time()
    {
        var callback = Schedule(Now.AddHours(1), CallbackType.Anyone);

        Assert.True(callback.IsDue(Now.AddHours(1)));
    }

    [Fact]
    public void Completed_callback_is_never_due_and_stays_inactive()
    {
        var callback = Schedule(Now, CallbackType.Anyone);

        callback.Complete();
        callback.MarkLive();

        Assert.Equal(CallbackState.Inactive, callback.State);
        Assert.False(callback.IsDue(Now.AddDays(1)));
    }

    [Fact]
    public void Active_callback_marked_live_is_live()
    {
        var callback = Schedule(Now.AddHours(1), CallbackType.Anyone);

        callback.MarkLive();

        Assert.Equal(CallbackState.Live, callback.State);
    }

    [Theory]
    [InlineData(TestSession.Agent)]
    [InlineData("agent8")]
    public void Anyone_callback_may_be_taken_by_any_agent(string agent)
    {
        Assert.True(Schedule(Now, CallbackType.Anyone).MayBeTakenBy(agent));
    }

    [Fact]
    public void User_only_callback_may_be_taken_by_the_agent_who_scheduled_it()
    {
        Assert.True(Schedule(Now, CallbackType.UserOnly).MayBeTakenBy(TestSession.Agent));
    }

    [Fact]
    public void User_only_callback_may_not_be_taken_by_another_agent()
    {
        Assert.False(Schedule(Now, CallbackType.UserOnly).MayBeTakenBy("agent8"));
    }

    [Fact]
    public void New_lead_is_new_and_never_called()
    {
        var lead = Lead.Create(101, new LeadDetails { PhoneNumber = "3125550100" }, Now);

        Assert.Equal(Lead.NewStatus, lead.Status);
        Assert.Equal(0, lead.CalledCount);
        Assert.Null(lead.LastLocalCallTime);
        Assert.Equal(Now, lead.EntryDate);
        Assert.Equal(101, lead.ListId);
    }

    [Fact]
    public void Recording_a_call_counts_one_more_attempt()
    {
        var lead = Lead.Create(101, new LeadDetails(), Now);

        lead.RecordCall("NA", TestSession.Agent, Now.AddMinutes(1));
        lead.RecordCall("SALE", TestSession.Agent, Now.AddMinutes(2));

        Assert.Equal(2, lead.CalledCount);
    }

    [Fact]
    public void Recording_a_call_keeps_status_agent_and_time()
    {
        var lead = Lead.Create(101, new LeadDetails(), Now);
        var at = Now.AddMinutes(5);

        lead.RecordCall("SALE", TestSession.Agent, at);

        Assert.Equal("SALE", lead.Status);
        Assert.Equal(TestSession.Agent, lead.User);
        Assert.Equal(at, lead.LastLocalCallTime);
        Assert.Equal(at, lead.ModifyDate);
        Assert.Equal(Now, lead.EntryDate);
    }

    [Fact]
    public void Updating_a_lead_replaces_details_and_modify_date()
    {
        var lead = Lead.Create(101, new LeadDetails(), Now);
        var details = new LeadDetails { FirstName = "Ada", PhoneNumber = "3125550100" };

        lead.Update(details, Now.AddDays(1));

        Assert.Equal(details, lead.Details);
        Assert.Equal(Now.AddDays(1), lead.ModifyDate);
        Assert.Equal(0, lead.CalledCount);
    }

    private static Callback Schedule(DateTimeOffset dueAt, CallbackType type, string? comments = "call back after lunch") =>
        Callback.Schedule(7, TestSession.CampaignId, dueAt, type, TestSession.Agent, comments, Now);
}
