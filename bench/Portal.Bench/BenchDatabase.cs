namespace Portal.Bench;

using Microsoft.Data.Sqlite;

/// <summary>
/// The bench's direct access to Portal's SQLite file: it adds live sessions while Portal is stopped (Portal restores
/// them at start-up, as after a restart), and reads counts. Columns: src/Portal.Infrastructure/Sessions/LiveSessionRow.cs;
/// times are UTC Unix milliseconds and State is the AgentState name.
/// </summary>
internal sealed class BenchDatabase(string path)
{
    private string ConnectionString => new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();

    /// <summary>
    /// N agents bench0001… logged in to TESTCAMP, PAUSED LOGIN, with no call. Each is a real user, a copy of the demo
    /// agent 1001 (same user group and roles), because the Agent API refuses agents outside the API user's scope.
    /// </summary>
    public async Task AddLiveSessionsAsync(int agents, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await AddAgentUsersAsync(connection, transaction, agents, cancellationToken);
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO LiveSessions (AgentUser, CampaignId, CampaignIsManual, PhoneLogin, LoggedInAt, State, PauseCode,
                StateSince, CallJson, PauseAfterDispo, PendingPauseCode, LogoutAfterDispo, InGroups, Blended, Version, PreviewLeadId)
            VALUES ($agent, $campaign, 0, $phone, $now, 'Paused', 'LOGIN', $now, NULL, 0, NULL, 0, '', 0, 1, NULL)
            """;
        var agent = insert.Parameters.Add("$agent", SqliteType.Text);
        var phone = insert.Parameters.Add("$phone", SqliteType.Text);
        insert.Parameters.AddWithValue("$campaign", DemoAccounts.Campaign);
        insert.Parameters.AddWithValue("$now", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        for (var i = 0; i < agents; i++)
        {
            agent.Value = DemoAccounts.BenchAgent(i);
            phone.Value = $"9{i + 1:D4}";
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task AddAgentUsersAsync(SqliteConnection connection, SqliteTransaction transaction, int agents, CancellationToken cancellationToken)
    {
        var columns = new List<string>();
        await using (var info = connection.CreateCommand())
        {
            info.Transaction = transaction;
            info.CommandText = "SELECT name FROM pragma_table_info('AspNetUsers')";
            await using var reader = await info.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                columns.Add(reader.GetString(0));
            }
        }

        var replaced = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Id"] = "$id", ["UserName"] = "$name", ["NormalizedUserName"] = "upper($name)", ["FullName"] = "$name",
            ["Email"] = "NULL", ["NormalizedEmail"] = "NULL", ["SecurityStamp"] = "$stamp", ["ConcurrencyStamp"] = "$stamp",
        };
        await using var copy = connection.CreateCommand();
        copy.Transaction = transaction;
        copy.CommandText = $"""
            INSERT INTO AspNetUsers ({string.Join(", ", columns)})
            SELECT {string.Join(", ", columns.Select(c => replaced.GetValueOrDefault(c, c)))} FROM AspNetUsers WHERE UserName = $model;
            INSERT INTO AspNetUserRoles (UserId, RoleId)
            SELECT $id, RoleId FROM AspNetUserRoles WHERE UserId = (SELECT Id FROM AspNetUsers WHERE UserName = $model);
            """;
        copy.Parameters.AddWithValue("$model", DemoAccounts.ScreenAgent);
        var id = copy.Parameters.Add("$id", SqliteType.Text);
        var name = copy.Parameters.Add("$name", SqliteType.Text);
        var stamp = copy.Parameters.Add("$stamp", SqliteType.Text);
        for (var i = 0; i < agents; i++)
        {
            id.Value = Guid.NewGuid().ToString();
            name.Value = DemoAccounts.BenchAgent(i);
            stamp.Value = Guid.NewGuid().ToString("N");
            if (await copy.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                throw new BenchException($"The demo agent {DemoAccounts.ScreenAgent} is missing from the database; the bench copies it for its agents.");
            }
        }
    }

    public Task<long> CountLiveSessionsAsync(CancellationToken cancellationToken) =>
        ScalarAsync("SELECT COUNT(*) FROM LiveSessions", null, cancellationToken);

    /// <summary>Audit rows (ApiLog) written for calls with this source.</summary>
    public Task<long> CountAuditRowsAsync(string source, CancellationToken cancellationToken) =>
        ScalarAsync("SELECT COUNT(*) FROM ApiLog WHERE Source = $source", source, cancellationToken);

    private async Task<long> ScalarAsync(string sql, string? source, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (source is not null)
        {
            command.Parameters.AddWithValue("$source", source);
        }

        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
