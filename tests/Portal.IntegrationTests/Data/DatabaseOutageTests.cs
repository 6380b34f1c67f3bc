namespace Portal.IntegrationTests.Data;

using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Portal.Infrastructure.Data;

/// <summary>What counts as "the database is unavailable, try again" and what is a fault in Portal (a 500, logged).</summary>
public sealed class DatabaseOutageTests
{
    [Fact]
    public void A_refused_or_broken_connection_and_a_timeout_are_an_outage_even_when_wrapped()
    {
        Assert.True(DatabaseOutage.Caused(new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused))));
        Assert.True(DatabaseOutage.Caused(new DbUpdateException("save failed", new NpgsqlException("Exception while reading from stream", new IOException()))));
        Assert.True(DatabaseOutage.Caused(new InvalidOperationException("wrapped", new TimeoutException())));
        Assert.True(DatabaseOutage.Caused(new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", "57P01")));
        Assert.True(DatabaseOutage.Caused(new PostgresException("the database system is starting up", "FATAL", "FATAL", "57P03")));
        Assert.True(DatabaseOutage.Caused(new SqliteException("database is locked", 5)));
        Assert.True(DatabaseOutage.Caused(new SqliteException("database or disk is full", 13)));
    }

    [Fact]
    public void A_constraint_violation_or_a_bug_is_not_an_outage()
    {
        Assert.False(DatabaseOutage.Caused(new DbUpdateException("save failed", new SqliteException("UNIQUE constraint failed", 19))));
        Assert.False(DatabaseOutage.Caused(new DbUpdateException("save failed", new PostgresException("duplicate key value", "ERROR", "ERROR", "23505"))));
        Assert.False(DatabaseOutage.Caused(new PostgresException("deadlock detected", "ERROR", "ERROR", "40P01")));
        Assert.False(DatabaseOutage.Caused(new InvalidOperationException("Sequence contains no elements")));
        Assert.False(DatabaseOutage.Caused(new ArgumentException("bad value")));
    }
}
