namespace Portal.Infrastructure.Cluster;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Data;
using StackExchange.Redis;

/// <summary>
/// Before a cluster node starts: is it set up to be one? Cluster mode needs PostgreSQL (SQLite's writer takes it for
/// granted that it is the file's only writer) and a Redis that answers. Said in one line, without the password,
/// instead of a start-up stack trace from Orleans.
/// </summary>
public static class ClusterProbe
{
    public static async Task<string?> ProblemAsync(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var settings = services.GetRequiredService<ClusterSettings>();
        if (!settings.IsCluster)
        {
            return null;
        }

        await using (var db = await services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            if (db.Database.IsSqlite())
            {
                return "cluster mode (ConnectionStrings:Redis is set) needs PostgreSQL: set Portal:Database:Provider to Postgres "
                    + "and ConnectionStrings:Portal to the database every node shares, or leave ConnectionStrings:Redis empty for one process.";
            }
        }

        var options = ConfigurationOptions.Parse(settings.Redis!);
        options.AbortOnConnectFail = true;
        options.ConnectTimeout = 5000;
        options.ConnectRetry = 1;
        var where = string.Join(", ", options.EndPoints.Select(e => e.ToString()));
        try
        {
            await using var redis = await ConnectionMultiplexer.ConnectAsync(options);
            await redis.GetDatabase().PingAsync();
            return null;
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            var reason = ex is RedisConnectionException { FailureType: ConnectionFailureType.AuthenticationFailure }
                ? "it refused the password" : "it does not answer";
            return $"Redis at {where}: {reason}. Check ConnectionStrings:Redis and that the server is running.";
        }
    }
}
