namespace Portal.IntegrationTests.Hardening;

using Portal.IntegrationTests.ContactNow;

/// <summary>
/// A form with one value .NET's form reader refuses (a NUL) keeps its other fields, as PHP keeps them: the caller is
/// answered for what they asked, in the format they asked, not as if they had sent nothing.
/// </summary>
public sealed class HostileFormTests(ContactNowFactory factory) : IClassFixture<ContactNowFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("\0")]
    [InlineData("a\0b")]
    public async Task The_agent_api_reads_the_other_fields_of_a_form_with_a_nul(string hostile)
    {
        var reply = await _client.PostApiAsync(
            AgentApi.Form(("source", "test"), ("user", AgentApi.User), ("pass", AgentApi.Password), ("function", "version"), ("stage", hostile)));

        Assert.StartsWith("VERSION: ", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Contactnow_reads_the_token_and_format_of_a_form_with_a_nul()
    {
        var token = await _client.NewTokenAsync();

        var reply = await _client.PostAsync("/agent.php", [("token", token), ("action", "ready"), ("agentid", "1099"), ("data", "\0"), ("format", "xml")]);

        Assert.NotEqual(Portal.Infrastructure.Integrations.ContactNow.ContactNowErrors.InvalidToken, reply.Error);
        Assert.StartsWith("<?xml", reply.Body, StringComparison.Ordinal);
    }
}
