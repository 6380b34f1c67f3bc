namespace Portal.EndToEndTests;

using Npgsql;

/// <summary>What a cluster's PostgreSQL holds: the stored agent sessions and the Agent API's audit rows.</summary>
public static class ClusterDatabase
{
    /// <summary>
    /// Each agent's stored session as desks show it (READY, PAUSED, PAUSED LOGIN ...): the row every node restores and
    /// a new activation of the session grain reads.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, string>> SessionStatesAsync(PortalCluster cluster, IReadOnlyCollection<string> agents)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand("""SELECT "AgentUser", "State", "PauseCode" FROM "LiveSessions" WHERE "AgentUser" = ANY(@agents)""", connection);
        query.Parameters.AddWithValue("agents", agents.ToArray());
        await using var reader = await query.ExecuteReaderAsync();
        var states = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            var code = reader.IsDBNull(2) ? "" : reader.GetString(2);
            states[reader.GetString(0)] = (reader.GetString(1).ToUpperInvariant() + " " + code).Trim();
        }

        return states;
    }

    /// <summary>Which of the Agent API calls with these sources have a SUCCESS row in the API audit log (ApiLog).</summary>
    public static async Task<IReadOnlySet<string>> AuditedSuccessesAsync(PortalCluster cluster, IReadOnlyCollection<string> sources)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand("""SELECT "Source" FROM "ApiLog" WHERE "Result" = 'SUCCESS' AND "Source" = ANY(@sources)""", connection);
        query.Parameters.AddWithValue("sources", sources.ToArray());
        await using var reader = await query.ExecuteReaderAsync();
        var found = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            found.Add(reader.GetString(0));
        }

        return found;
    }
}
