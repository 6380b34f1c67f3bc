namespace Portal.Bench;

using System.Data.Common;

/// <summary>
/// The bench's direct access to Portal's database, SQLite or PostgreSQL: it adds live sessions while Portal is stopped
/// (Portal restores them at start-up, as after a restart), and reads counts. Columns:
/// src/Portal.Infrastructure/Sessions/LiveSessionRow.cs; State is the AgentState name. The SQL quotes identifiers and
/// names parameters @x, which both providers accept; what differs (connection, column list, stored time) is below.
/// </summary>
internal abstract class BenchDatabase : IAsyncDisposable
{
    /// <summary>Portal's environment for this database: the provider and the connection string.</summary>
    public abstract IReadOnlyDictionary<string, string> PortalSettings { get; }

    /// <summary>AspNetUsers' column names, one a row.</summary>
    protected abstract string UserColumnsSql { get; }

    /// <summary>The present time as Portal stores it in LiveSessions.</summary>
    protected abstract object Now { get; }

    /// <summary>Which database this is, for the report's header.</summary>
    public abstract Task<string> DescribeAsync(CancellationToken cancellationToken);

    protected abstract DbConnection CreateConnection();

    /// <summary>
    /// N agents bench0001… logged in to TESTCAMP, PAUSED LOGIN, with no call. Each is a real user, a copy of the demo
    /// agent 1001 (same user group and roles), because the Agent API refuses agents outside the API user's scope.
    /// </summary>
    public async Task AddLiveSessionsAsync(int agents, CancellationToken cancellationToken)
    {
        await using var connection = CreateConnection();
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await AddAgentUsersAsync(connection, transaction, agents, cancellationToken);
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO "LiveSessions" ("AgentUser", "CampaignId", "CampaignIsManual", "PhoneLogin", "LoggedInAt", "State",
                "PauseCode", "StateSince", "CallJson", "PauseAfterDispo", "PendingPauseCode", "LogoutAfterDispo", "InGroups",
                "Blended", "Version", "PreviewLeadId")
            VALUES (@agent, @campaign, false, @phone, @now, 'Paused', 'LOGIN', @now, NULL, false, NULL, false, '', false, 1, NULL)
            """;
        var agent = Add(insert, "agent", "");
        var phone = Add(insert, "phone", "");
        Add(insert, "campaign", DemoAccounts.Campaign);
        Add(insert, "now", Now);
        for (var i = 0; i < agents; i++)
        {
            agent.Value = DemoAccounts.BenchAgent(i);
            phone.Value = $"9{i + 1:D4}";
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private async Task AddAgentUsersAsync(DbConnection connection, DbTransaction transaction, int agents, CancellationToken cancellationToken)
    {
        var columns = new List<string>();
        await using (var info = connection.CreateCommand())
        {
            info.Transaction = transaction;
            info.CommandText = UserColumnsSql;
            await using var reader = await info.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                columns.Add(reader.GetString(0));
            }
        }

        var replaced = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Id"] = "@id", ["UserName"] = "@name", ["NormalizedUserName"] = "upper(@name)", ["FullName"] = "@name",
            ["Email"] = "NULL", ["NormalizedEmail"] = "NULL", ["SecurityStamp"] = "@stamp", ["ConcurrencyStamp"] = "@stamp",
        };
        await using var copy = connection.CreateCommand();
        copy.Transaction = transaction;
        copy.CommandText = $"""
            INSERT INTO "AspNetUsers" ({string.Join(", ", columns.Select(c => $"\"{c}\""))})
            SELECT {string.Join(", ", columns.Select(c => replaced.GetValueOrDefault(c, $"\"{c}\"")))} FROM "AspNetUsers" WHERE "UserName" = @model;
            INSERT INTO "AspNetUserRoles" ("UserId", "RoleId")
            SELECT @id, "RoleId" FROM "AspNetUserRoles" WHERE "UserId" = (SELECT "Id" FROM "AspNetUsers" WHERE "UserName" = @model);
            """;
        Add(copy, "model", DemoAccounts.ScreenAgent);
        var id = Add(copy, "id", "");
        var name = Add(copy, "name", "");
        var stamp = Add(copy, "stamp", "");
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
        ScalarAsync("""SELECT COUNT(*) FROM "LiveSessions" """, null, cancellationToken);

    /// <summary>Each bench agent's state as persisted (the AgentState name), by agent user: what a new activation reads back.</summary>
    public async Task<Dictionary<string, string>> ReadBenchAgentStatesAsync(CancellationToken cancellationToken)
    {
        await using var connection = CreateConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT "AgentUser", "State" FROM "LiveSessions" WHERE "AgentUser" LIKE 'bench%'""";
        var states = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            states[reader.GetString(0)] = reader.GetString(1);
        }

        return states;
    }

    /// <summary>Audit rows (ApiLog) written for calls with this source.</summary>
    public Task<long> CountAuditRowsAsync(string source, CancellationToken cancellationToken) =>
        ScalarAsync("""SELECT COUNT(*) FROM "ApiLog" WHERE "Source" = @source""", source, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await DisposeCoreAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Removes what the bench made outside its temporary folder, if anything.</summary>
    protected abstract ValueTask DisposeCoreAsync();

    private async Task<long> ScalarAsync(string sql, string? source, CancellationToken cancellationToken)
    {
        await using var connection = CreateConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (source is not null)
        {
            Add(command, "source", source);
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static DbParameter Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
