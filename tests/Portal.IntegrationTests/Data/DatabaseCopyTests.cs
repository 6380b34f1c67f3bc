namespace Portal.IntegrationTests.Data;

using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Leads;

/// <summary>
/// Issue 13: copy-database moves an existing SQLite site into an empty PostgreSQL database, and Portal carries on
/// there: agents sign in with their old passwords, the logged-in agent is still logged in, new rows get fresh ids.
/// </summary>
[Trait("Database", "Postgres")]
public sealed class DatabaseCopyTests(MovedSite site) : IClassFixture<MovedSite>
{
    [Fact]
    public void The_copy_succeeds_and_every_table_has_as_many_rows_as_the_source()
    {
        Assert.True(site.Copy.ExitCode == 0, $"copy-database exited with {site.Copy.ExitCode}: {site.Copy.Error}");
        Assert.Equal("", site.Copy.Error);
        Assert.Equal(site.SourceCounts, site.CopiedCounts);
        Assert.Contains(site.SourceCounts, t => t.Key == "AspNetUsers" && t.Value > 20);
        Assert.All(new[] { "LiveSessions", "Callbacks", "ApiLog", "CampaignInGroups", "AspNetUserRoles" }, t => Assert.True(site.SourceCounts[t] > 0, $"The source has no {t} row to copy."));
    }

    [Fact]
    public void The_copy_reports_each_table_with_its_rows_and_a_final_line()
    {
        var lines = site.Copy.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        Assert.All(site.SourceCounts, t => Assert.Contains(lines, l => Regex.IsMatch(l, $"^{t.Key} +{t.Value} rows$")));
        Assert.Equal(
            $"Copied {site.SourceCounts.Values.Sum()} rows in {site.SourceCounts.Count} tables; every table has as many rows as in the source.", lines[^1]);
    }

    [Fact]
    public void The_source_file_is_only_read()
    {
        Assert.Equal(site.SourceHashBefore, site.SourceHashAfter);
    }

    [Fact]
    public void A_second_copy_into_the_same_database_is_refused_and_changes_nothing()
    {
        Assert.Equal(1, site.SecondCopy.ExitCode);
        var error = Assert.Single(site.SecondCopy.ErrorLines);
        Assert.Matches("^Copy failed: The target database is not empty: table [A-Za-z]+ has [0-9]+ rows?\\.", error);
        Assert.Equal(site.CopiedCounts, site.CountsAfterSecondCopy);
    }

    [Fact]
    public async Task A_copy_that_fails_part_way_leaves_the_target_without_rows()
    {
        // SQLite does not enforce a text column's length; PostgreSQL refuses the row. UserGroups comes late in the copy.
        var source = site.CopyOfSource();
        await using (var connection = new SqliteConnection($"Data Source={source};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var update = connection.CreateCommand();
            update.CommandText = $"UPDATE UserGroups SET Name = '{new string('x', 101)}' WHERE Id = 'AGENTS'";
            Assert.Equal(1, await update.ExecuteNonQueryAsync());
        }

        var target = site.NewTargetDatabase();
        var run = await CopyCommandRun.RunAsync("--from", source, "--to", target);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("Copy failed: Copying table UserGroups failed, nothing was copied: 22001: value too long", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.Contains("AspNetUsers", run.Output, StringComparison.Ordinal);
        Assert.All(await TableCounts.OfPostgresAsync(target), t => Assert.True(t.Value == 0, $"{t.Key} has {t.Value} rows after the failed copy."));
    }

    [Fact]
    public async Task A_source_without_this_Portals_latest_migration_is_refused()
    {
        var source = site.CopyOfSource();
        await using (var connection = new SqliteConnection($"Data Source={source};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var forget = connection.CreateCommand();
            forget.CommandText = "DELETE FROM __EFMigrationsHistory WHERE MigrationId = (SELECT MAX(MigrationId) FROM __EFMigrationsHistory)";
            Assert.Equal(1, await forget.ExecuteNonQueryAsync());
        }

        var run = await CopyCommandRun.RunAsync("--from", source, "--to", site.NewTargetDatabase());

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            "Copy failed: The source database lacks 1 of this Portal's migrations: start this Portal on it once (it migrates at start), stop it, then copy.",
            Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task Agents_sign_in_on_the_copy_with_their_passwords_from_the_old_site()
    {
        using var changed = await LoginPage.SubmitAsync(SignIn.Browser(site.Portal), MovedSite.AgentWithNewPassword, MovedSite.NewPassword);
        using var demo = await LoginPage.SubmitAsync(SignIn.Browser(site.Portal), "1002", AgentApi.AgentPassword);
        using var oldPassword = await LoginPage.SubmitAsync(SignIn.Browser(site.Portal), MovedSite.AgentWithNewPassword, AgentApi.AgentPassword);

        Assert.True(LoginPage.SetsAuthCookie(changed), "The agent whose password changed on SQLite cannot sign in with it on PostgreSQL.");
        Assert.True(LoginPage.SetsAuthCookie(demo), "A demo agent cannot sign in with the demo password on PostgreSQL.");
        Assert.False(LoginPage.SetsAuthCookie(oldPassword), "The agent's password from before the change still works.");
    }

    [Fact]
    public void The_agent_logged_in_on_the_old_site_is_still_logged_in_on_the_copy()
    {
        var session = site.Portal.Session(MovedSite.LoggedInAgent);

        Assert.NotNull(session);
        Assert.Equal("TESTCAMP", session.CampaignId);
    }

    [Fact]
    public void Portal_started_on_the_copy_does_not_seed_the_demo_again()
    {
        Assert.All(new[] { "AspNetUsers", "AspNetRoles", "Campaigns", "Leads", "PauseCodes", "Statuses" }, t => Assert.Equal(site.SourceCounts[t], site.CountsAfterStart[t]));
    }

    [Fact]
    public async Task The_callback_and_the_audit_row_arrive_with_their_values()
    {
        var callback = await site.Portal.QueryAsync(db => db.Callbacks.AsNoTracking().SingleAsync(c => c.Id == site.CallbackId));
        var audit = Assert.Single(await site.Portal.WithSourceAsync(site.AuditSource));

        Assert.Equal(MovedSite.LoggedInAgent, callback.AgentUser);
        Assert.Equal("moved with the site", callback.Comments);
        Assert.InRange(callback.DueAt, DateTimeOffset.UtcNow.AddHours(23), DateTimeOffset.UtcNow.AddHours(25));
        Assert.Equal(("external_pause", "ERROR", "1099"), (audit.Function, audit.Result, audit.AgentUser));
    }

    [Fact]
    public async Task Text_with_a_nul_character_arrives_with_the_replacement_character()
    {
        var lead = await site.Portal.QueryAsync(db => db.Leads.AsNoTracking().SingleAsync(l => l.LeadId == site.LeadWithNulId));

        Assert.Equal("Fr\uFFFDank", lead.Details.FirstName);
    }

    [Fact]
    public async Task New_leads_and_audit_rows_on_the_copy_get_ids_after_the_copied_ones()
    {
        var lead = Lead.Create(101, new LeadDetails { PhoneNumber = LeadsApi.NewNumber(), FirstName = "New" }, DateTimeOffset.UtcNow);
        await site.Portal.ChangeAsync(db => db.Leads.Add(lead));
        var source = AuditRows.NewSource();
        await site.Portal.CreateClient().GetApiAsync(AgentApi.Query(
            ("source", source), ("user", AgentApi.User), ("pass", AgentApi.Password), ("function", "external_pause"), ("agent_user", "1099"), ("value", "PAUSE")));
        var audit = Assert.Single(await site.Portal.WaitForRowsAsync(source));

        var copiedAudit = Assert.Single(await site.Portal.WithSourceAsync(site.AuditSource));
        Assert.True(lead.LeadId > site.LeadWithNulId, $"The new lead got id {lead.LeadId}, not after the copied {site.LeadWithNulId}.");
        Assert.True(audit.Id > copiedAudit.Id, $"The new audit row got id {audit.Id}, not after the copied {copiedAudit.Id}.");
    }
}
