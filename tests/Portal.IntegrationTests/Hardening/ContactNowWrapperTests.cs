namespace Portal.IntegrationTests.Hardening;

using Portal.IntegrationTests.ContactNow;

/// <summary>
/// ContactNow's official PHP wrapper, unchanged: it sends campaign=&lt;contact-centre id&gt; on every call and refreshes
/// its token only on ContactNow's own texts (Expired token with expire -1, Unknown token, Invalid token).
/// </summary>
public sealed class ContactNowWrapperTests(ContactNowFactory factory) : IClassFixture<ContactNowFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("api", "wrong-password")]
    [InlineData("nobody", "Api-demo-1")]
    [InlineData("admin", "Admin-demo-1")]
    public async Task Bad_credentials_answer_authentication_failure_in_the_same_words_for_every_user(string user, string password)
    {
        var reply = await _client.TokenAsync(ContactNowCalls.Home, ("action", "get"), ("username", user), ("password", password));

        Assert.False(reply.Success);
        Assert.Equal("Authentication failure", reply.Error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a token at all")]
    public async Task A_missing_or_malformed_token_is_an_invalid_token(string token)
    {
        var reply = await _client.AgentAsync(token, "ready", "1001");

        Assert.Equal("Invalid token", reply.Error);
    }

    [Fact]
    public async Task A_well_formed_token_portal_never_issued_is_an_unknown_token()
    {
        var issued = await _client.NewTokenAsync();
        var forged = (issued[0] == 'A' ? 'B' : 'A') + issued[1..];

        var agent = await _client.AgentAsync(forged, "ready", "1001");
        var validate = await _client.TokenAsync(ContactNowCalls.Home, ("action", "validate"), ("token", forged));

        Assert.Equal("Unknown token", agent.Error);
        Assert.Equal("Unknown token", validate.Error);
    }

    [Fact]
    public async Task An_expired_token_is_an_expired_token_with_expire_minus_one()
    {
        var token = await _client.NewTokenAsync();
        factory.Clock.Offset = TimeSpan.FromHours(12) + TimeSpan.FromSeconds(1);
        try
        {
            var validate = await _client.TokenAsync(ContactNowCalls.Home, ("action", "validate"), ("token", token));
            var agent = await _client.AgentAsync(token, "ready", "1001");

            Assert.Equal("Expired token", validate.Error);
            Assert.Equal("-1", validate["expire"]);
            Assert.Equal("Expired token", agent.Error);
            Assert.Equal("-1", agent["expire"]);
        }
        finally
        {
            factory.Clock.Offset = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task Agent_dial_with_the_contact_centre_id_as_campaign_logs_the_agent_in_to_their_campaign()
    {
        var token = await _client.NewTokenAsync();

        var reply = await _client.AgentAsync(token, "agent_dial", "1009", ("data", "1009"), ("campaign", "1"));

        reply.Succeeded();
        Assert.NotNull(factory.Session("1009"));
    }
}
