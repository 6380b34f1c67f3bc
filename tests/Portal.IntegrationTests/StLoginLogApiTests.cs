namespace Portal.IntegrationTests;

using Microsoft.EntityFrameworkCore;

/// <summary>st_login_log through /agc/api.php (contract §3.18): the CRM agent id finds the user, who gets the team id.</summary>
public sealed class StLoginLogApiTests(LeadsApiFactory factory) : IClassFixture<LeadsApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private Task<string?> TeamOfAsync(string userName) =>
        factory.QueryAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.CustomFour).SingleAsync());

    [Fact]
    public async Task St_login_log_without_a_team_id_is_not_valid()
    {
        var reply = await _client.CallAsync("st_login_log", ("value", "CRM1001"));

        Assert.Equal("ERROR: st_login_log not valid - CRM1001|\n", reply.Body);
    }

    [Fact]
    public async Task St_login_log_needs_the_function_permission()
    {
        var reply = await _client.CallAsAsync(LeadsApiFactory.NoFunctionsUser, "st_login_log", ("value", "CRM1001"), ("vendor_id", "207"));

        Assert.Equal("ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION - CRM1001|apinone|st_login_log|APITEST\n", reply.Body);
        Assert.Null(await TeamOfAsync("1001"));
    }

    [Fact]
    public async Task Unknown_crm_agent_id_finds_no_user()
    {
        var reply = await _client.CallAsync("st_login_log", ("value", "NOPE"), ("vendor_id", "207"));

        Assert.Equal("ERROR: no user found - NOPE\n", reply.Body);
    }

    [Fact]
    public async Task St_login_log_stores_the_team_id_on_the_user_without_needing_a_session()
    {
        var (reply, rows) = await factory.CallAuditedAsync(_client, "st_login_log", 1, ("value", "CRM1002"), ("vendor_id", "207"));

        Assert.Equal("SUCCESS: st_login_log user found - 1002\n", reply.Body);
        Assert.Equal(("SUCCESS", "st_login_log user found", "CRM1002"), (rows[0].Result, rows[0].ResultReason, rows[0].Value));
        Assert.Equal("207", await TeamOfAsync("1002"));
    }

    [Fact]
    public async Task Shared_crm_agent_id_picks_the_first_user_by_name()
    {
        await factory.ChangeAsync(async db =>
        {
            foreach (var user in await db.Users.Where(u => u.UserName == "2004" || u.UserName == "2005").ToListAsync())
            {
                user.CustomThree = "CRMSHARED";
            }
        });

        var reply = await _client.CallAsync("st_login_log", ("value", "CRMSHARED"), ("vendor_id", "T-9"));

        Assert.Equal("SUCCESS: st_login_log user found - 2004\n", reply.Body);
        Assert.Equal(("T-9", (string?)null), (await TeamOfAsync("2004"), await TeamOfAsync("2005")));
    }
}
