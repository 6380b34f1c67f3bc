namespace Portal.IntegrationTests;

using Portal.Infrastructure.Audit;

/// <summary>Every /agc/api.php line is audited like vicidial_api_log (contract §2.14), and no password is ever stored.</summary>
public sealed class ApiAuditTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Not_logged_in_error_is_audited_with_every_column()
    {
        var source = AuditRows.NewSource();
        var before = DateTimeOffset.UtcNow;

        await _client.GetApiAsync(AgentApi.Query(
            ("source", source), ("user", AgentApi.User), ("pass", AgentApi.Password), ("function", "external_pause"), ("agent_user", "1099"), ("value", "PAUSE")));

        var row = Assert.Single(await factory.WaitForRowsAsync(source));
        Assert.Equal("api", row.User);
        Assert.Equal("1099", row.AgentUser);
        Assert.Equal("external_pause", row.Function);
        Assert.Equal("PAUSE", row.Value);
        Assert.Equal("ERROR", row.Result);
        Assert.Equal("agent_user is not logged in", row.ResultReason);
        Assert.Equal(source, row.Source);
        Assert.Equal("", row.Data);
        Assert.Equal("agent", row.ApiScript);
        Assert.InRange(row.RunTimeSeconds, 0, 5);
        Assert.InRange(row.ApiDate, before.AddSeconds(-1), DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.StartsWith("/agc/api.php?", row.Url, StringComparison.Ordinal);
        Assert.Contains("agent_user=1099", row.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task External_pause_success_is_audited_with_the_epoch_as_data()
    {
        await factory.LogInReadyAsync("1001");
        var source = AuditRows.NewSource();

        var reply = await _client.GetApiAsync(AgentApi.Query(
            ("source", source), ("user", AgentApi.User), ("pass", AgentApi.Password), ("function", "external_pause"), ("agent_user", "1001"), ("value", "PAUSE")));

        var row = Assert.Single(await factory.WaitForRowsAsync(source));
        Assert.Equal("SUCCESS", row.Result);
        Assert.Equal("external_pause function set", row.ResultReason);
        Assert.Equal("1001", row.AgentUser);
        Assert.Equal("PAUSE", row.Value);
        Assert.Equal($"{reply.SuccessEpoch()}", row.Data);
        Assert.True(row.RunTimeSeconds > 0, "The run time is not recorded.");
    }

    [Fact]
    public async Task Logout_success_is_audited_with_the_epoch_as_data()
    {
        await factory.LogInAsync("1002");
        var source = AuditRows.NewSource();

        var reply = await _client.GetApiAsync(AgentApi.Query(
            ("source", source), ("user", AgentApi.User), ("pass", AgentApi.Password), ("function", "logout"), ("agent_user", "1002"), ("value", "LOGOUT")));

        var row = Assert.Single(await factory.WaitForRowsAsync(source));
        Assert.Equal("SUCCESS", row.Result);
        Assert.Equal("logout function set", row.ResultReason);
        Assert.Equal("logout", row.Function);
        Assert.Equal($"{reply.SuccessEpoch()}", row.Data);
    }

    [Fact]
    public async Task Alt_user_rows_record_the_resolved_agent()
    {
        await factory.LogInReadyAsync("1003");
        var source = AuditRows.NewSource();

        await _client.GetApiAsync(AgentApi.Query(
            ("source", source), ("user", AgentApi.User), ("pass", AgentApi.Password), ("function", "external_pause"), ("alt_user", "CRM1003"), ("value", "PAUSE")));

        var row = Assert.Single(await factory.WaitForRowsAsync(source));
        Assert.Equal("1003", row.AgentUser);
        Assert.Equal("SUCCESS", row.Result);
    }

    [Fact]
    public async Task Each_printed_line_writes_its_own_row()
    {
        var source = AuditRows.NewSource();

        await _client.GetApiAsync(AgentApi.Query(
            ("source", source), ("user", AgentApi.User), ("pass", AgentApi.Password), ("function", "external_pause"), ("alt_user", "NOPE"), ("value", "PAUSE")));

        var rows = await factory.WaitForRowsAsync(source, count: 2);
        Assert.Equal(["no user found", "agent_user is not logged in"], rows.Select(r => r.ResultReason));
        Assert.All(rows, r => Assert.Equal("ERROR", r.Result));
    }

    [Fact]
    public async Task Version_is_audited_as_success_with_the_line_as_data()
    {
        var source = AuditRows.NewSource();

        var reply = await _client.GetApiAsync($"function=version&source={source}");

        var row = Assert.Single(await factory.WaitForRowsAsync(source));
        Assert.Equal("", row.User);
        Assert.Equal("version", row.Function);
        Assert.Equal("SUCCESS", row.Result);
        Assert.Equal("", row.ResultReason);
        Assert.Equal(reply.Body.TrimEnd('\n'), row.Data);
    }

    [Fact]
    public async Task Coffee_is_audited_as_an_error_with_the_body_as_data()
    {
        var source = AuditRows.NewSource();

        await _client.GetApiAsync($"function=brew_coffee&source={source}");

        var row = Assert.Single(await factory.WaitForRowsAsync(source));
        Assert.Equal("ERROR", row.Result);
        Assert.Equal("", row.ResultReason);
        Assert.Equal("Coffee: brew_coffee|Error 418 I'm a teapot", row.Data);
    }

    [Fact]
    public async Task Permission_and_validation_errors_are_audited_with_their_reason()
    {
        var source = AuditRows.NewSource();

        await _client.GetApiAsync(AgentApi.Query(
            ("source", source), ("user", AgentApi.User), ("pass", AgentApi.Password), ("function", "logout"), ("agent_user", "1005"), ("value", "PAUSE")));

        var row = Assert.Single(await factory.WaitForRowsAsync(source));
        Assert.Equal("ERROR", row.Result);
        Assert.Equal("logout not valid", row.ResultReason);
        Assert.Equal("PAUSE", row.Value);
        Assert.Equal("1005", row.AgentUser);
    }

    [Fact]
    public async Task Bad_password_is_audited_without_the_password()
    {
        const string password = "Leaky-secret-314";
        var source = AuditRows.NewSource();

        await _client.GetApiAsync(AgentApi.Query(
            ("source", source), ("user", AgentApi.User), ("pass", password), ("function", "external_pause"), ("agent_user", "1001"), ("value", "PAUSE")));

        var row = Assert.Single(await factory.WaitForRowsAsync(source));
        Assert.Equal("ERROR", row.Result);
        Assert.Equal("Invalid Username/Password", row.ResultReason);
        Assert.Equal("api||0|0|BAD|", row.Data);
        Assert.Contains("pass=XXXXXXXX", row.Url, StringComparison.Ordinal);
        AssertNoColumnContains(row, password);
    }

    [Fact]
    public async Task Good_password_is_redacted_from_the_stored_url()
    {
        var source = AuditRows.NewSource();

        await _client.GetApiAsync(AgentApi.Query(
            ("source", source), ("user", AgentApi.User), ("pass", AgentApi.Password), ("function", "external_pause"), ("agent_user", "1099"), ("value", "PAUSE")));

        var row = Assert.Single(await factory.WaitForRowsAsync(source));
        Assert.Contains("pass=XXXXXXXX", row.Url, StringComparison.Ordinal);
        AssertNoColumnContains(row, AgentApi.Password);
    }

    [Fact]
    public async Task Password_sent_in_a_post_body_is_redacted_from_the_stored_url()
    {
        const string password = "Posted-secret-271";
        var source = AuditRows.NewSource();
        using var form = AgentApi.Form(("user", AgentApi.User), ("pass", password), ("function", "logout"), ("agent_user", "1001"), ("value", "LOGOUT"));

        await _client.PostApiAsync(form, $"source={source}");

        var row = Assert.Single(await factory.WaitForRowsAsync(source));
        Assert.Equal("ERROR", row.Result);
        Assert.Contains("pass=XXXXXXXX", row.Url, StringComparison.Ordinal);
        AssertNoColumnContains(row, password);
    }

    [Fact]
    public async Task Password_under_a_differently_cased_parameter_name_is_never_stored()
    {
        // Names match exactly, as in PHP: "Pass" is not the password parameter, yet it must never be stored either.
        var source = AuditRows.NewSource();

        var reply = await _client.GetApiAsync(
            $"source={source}&user=api&Pass={AgentApi.Password}&function=external_pause&agent_user=1099&value=PAUSE");

        var row = Assert.Single(await factory.WaitForRowsAsync(source));
        Assert.Equal("ERROR: Invalid Username/Password: |api||0|0|BAD|\n", reply.Body);
        Assert.Contains("Pass=XXXXXXXX", row.Url, StringComparison.Ordinal);
        AssertNoColumnContains(row, AgentApi.Password);
    }

    [Fact]
    public async Task Wrong_password_from_an_agent_is_audited_without_the_password()
    {
        const string password = "Agent-typo-99";
        var source = AuditRows.NewSource();

        await _client.GetApiAsync(AgentApi.Query(
            ("source", source), ("user", "1004"), ("pass", password), ("function", "external_pause"), ("agent_user", "1004"), ("value", "PAUSE")));

        var row = Assert.Single(await factory.WaitForRowsAsync(source));
        Assert.Equal("1004||0|0|BAD|", row.Data);
        AssertNoColumnContains(row, password);
    }

    [Fact]
    public async Task Long_source_is_stored_truncated_to_twenty_characters()
    {
        var source = AuditRows.NewSource() + "abcdefghijklmnop";
        Assert.True(source.Length > 20);

        await _client.GetApiAsync($"function=version&source={source}");

        var row = Assert.Single(await factory.WaitForRowsAsync(source[..20]));
        Assert.Equal(source[..20], row.Source);
    }

    [Fact]
    public async Task Invalid_source_is_audited()
    {
        await _client.GetApiAsync("function=external_pause&source=z&user=api&pass=Api-demo-1&agent_user=1001&value=PAUSE");

        var rows = await Eventually.UntilAsync(
            factory.AllAsync, all => all.Any(r => r.Source == "z" && r.ResultReason == "Invalid Source"), "the Invalid Source audit row");
        var row = rows.Last(r => r.Source == "z");
        Assert.Equal("ERROR", row.Result);
        Assert.Equal("external_pause", row.Function);
        AssertNoColumnContains(row, AgentApi.Password);
    }

    [Fact]
    public async Task No_audit_row_ever_holds_a_password_that_was_sent()
    {
        string[] passwords = ["Sweep-secret-1", "Sweep-secret-2", AgentApi.Password, AgentApi.AgentPassword];
        var source = AuditRows.NewSource();
        await _client.GetApiAsync($"source={source}&user=api&pass={passwords[0]}&function=external_pause&agent_user=1001&value=PAUSE");
        await _client.GetApiAsync($"source={source}&user=1006&pass={passwords[3]}&function=logout&agent_user=1006&value=LOGOUT");
        await _client.GetApiAsync($"source={source}&user=api&pass={passwords[2]}&function=bogus");
        using var form = AgentApi.Form(("source", source), ("user", "api"), ("pass", passwords[1]), ("function", "external_pause"));
        await _client.PostApiAsync(form, $"pass={passwords[2]}");

        await factory.WaitForRowsAsync(source, count: 4);

        foreach (var row in await factory.AllAsync())
        {
            foreach (var password in passwords)
            {
                AssertNoColumnContains(row, password);
            }
        }
    }

    private static void AssertNoColumnContains(ApiLogEntry row, string password)
    {
        string?[] columns = [row.User, row.AgentUser, row.Function, row.Value, row.Result, row.ResultReason, row.Source, row.Data, row.ApiScript, row.RemoteIp, row.Url];
        Assert.All(columns, column => Assert.DoesNotContain(password, column ?? "", StringComparison.Ordinal));
    }
}
