namespace Portal.EndToEndTests;

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

/// <summary>
/// API keys for a test, written straight into the running server's database the way Portal stores them (the
/// SHA-256 of the key in lower-case hex, and its first characters), since no page of this build issues keys.
/// </summary>
public static class TestApiKeys
{
    public static async Task<string> IssueAsync(PortalServer server, string userName)
    {
        var secret = "pk_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        await using var connection = new SqliteConnection($"Data Source={server.DatabasePath}");
        await connection.OpenAsync();
        await using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO ApiKeys (Name, Prefix, KeyHash, UserId, UserName, CreatedBy, CreatedAt)
            SELECT 'end-to-end test', $prefix, $hash, Id, UserName, 'admin', $now FROM AspNetUsers WHERE UserName = $user
            """;
        insert.Parameters.AddWithValue("$prefix", secret[..11]);
        insert.Parameters.AddWithValue("$hash", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret))));
        insert.Parameters.AddWithValue("$now", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));
        insert.Parameters.AddWithValue("$user", userName);
        Assert.Equal(1, await insert.ExecuteNonQueryAsync());
        return secret;
    }
}
