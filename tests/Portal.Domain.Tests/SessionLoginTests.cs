namespace Portal.Domain.Tests;

using Portal.Domain.Sessions;

public sealed class SessionLoginTests
{
    [Fact]
    public void LogIn_starts_paused_with_login_pause_code()
    {
        var (session, _) = AgentSession.LogIn(TestSession.Login(), TestSession.Start);

        Assert.Equal(AgentState.Paused, session.State);
        Assert.Equal(PauseCodeRules.Login, session.PauseCode);
        Assert.Equal("LOGIN", session.PauseCode);
    }

    [Fact]
    public void LogIn_starts_the_pause_clock_at_login_time()
    {
        var (session, _) = AgentSession.LogIn(TestSession.Login(), TestSession.Start);

        Assert.Equal(TestSession.Start, session.LoggedInAt);
        Assert.Equal(TestSession.Start, session.StateSince);
    }

    [Fact]
    public void LogIn_keeps_the_login_time_to_the_millisecond_as_the_database_stores_it()
    {
        // A session read back from its row (another node, or after its grain was unloaded) must be the same login.
        var (session, _) = AgentSession.LogIn(TestSession.Login(), TestSession.Start.AddTicks(7_654));

        Assert.Equal(TestSession.Start, session.LoggedInAt);
        Assert.Equal(TestSession.Start.AddTicks(7_654), session.StateSince);
    }

    [Fact]
    public void LogIn_emits_agent_logged_in_with_campaign_and_phone()
    {
        var (_, loggedIn) = AgentSession.LogIn(TestSession.Login(), TestSession.Start);

        Assert.Equal(
            new AgentLoggedIn(TestSession.Agent, TestSession.Start, TestSession.CampaignId, TestSession.Phone),
            loggedIn);
    }

    [Fact]
    public void LogIn_keeps_the_login_choices()
    {
        var (session, _) = AgentSession.LogIn(TestSession.Login(manualCampaign: true), TestSession.Start);

        Assert.Equal(TestSession.Agent, session.AgentUser);
        Assert.Equal(TestSession.CampaignId, session.CampaignId);
        Assert.True(session.CampaignIsManual);
        Assert.Equal(TestSession.Phone, session.PhoneLogin);
        Assert.Equal([TestSession.InGroup], session.InGroups);
        Assert.True(session.Blended);
    }

    [Fact]
    public void LogIn_starts_without_call_or_pending_intents_at_version_one()
    {
        var (session, _) = AgentSession.LogIn(TestSession.Login(), TestSession.Start);

        Assert.Null(session.Call);
        Assert.False(session.PauseAfterDispo);
        Assert.Null(session.PendingPauseCode);
        Assert.False(session.LogoutAfterDispo);
        Assert.False(session.IsLoggedOut);
        Assert.Equal(1, session.Version);
    }

    [Fact]
    public void New_session_reads_as_paused_login()
    {
        var (session, _) = AgentSession.LogIn(TestSession.Login(), TestSession.Start);

        Assert.Equal("PAUSED LOGIN", session.ToSnapshot().StateText);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("10 01")]
    [InlineData("1001;")]
    [InlineData("ext@1001")]
    [InlineData("123456789012345678901")]
    public void LogIn_with_invalid_phone_login_throws(string phone)
    {
        var login = TestSession.Login(phone: phone);

        var thrown = Assert.Throws<ArgumentException>(() => AgentSession.LogIn(login, TestSession.Start));

        Assert.Equal("login", thrown.ParamName);
    }

    [Theory]
    [InlineData("1001")]
    [InlineData("SIP/1001")]
    [InlineData("*97#")]
    [InlineData("cc-agent_7")]
    [InlineData("12345678901234567890")]
    public void LogIn_accepts_extensions_and_numbers_as_phone_login(string phone)
    {
        var (session, _) = AgentSession.LogIn(TestSession.Login(phone: phone), TestSession.Start);

        Assert.Equal(phone, session.PhoneLogin);
    }
}
