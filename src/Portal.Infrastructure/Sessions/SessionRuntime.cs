namespace Portal.Infrastructure.Sessions;

using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Infrastructure.Cluster;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Telemetry;

/// <summary>
/// The one way into live sessions for every surface (desk, supervisor, the three APIs, telephony, timers): commands go
/// to the agent's session grain, wherever in the cluster it is active; reads come from this node's replica. At start
/// the replica is filled from the database, so a restart does not log anyone out.
/// </summary>
public sealed class SessionRuntime(
    IGrainFactory grains, LiveSessionReplica live, SessionStore store, ClusterSettings cluster, ILogger<SessionRuntime> logger)
    : IHostedService
{
    // Orleans resolves the grain interface by reflection on every GetGrain; a reference, once made, can be kept.
    private readonly ConcurrentDictionary<string, IAgentSessionGrain> _references = new(StringComparer.Ordinal);

    public SessionSnapshot? Find(string agentUser) => live.Find(agentUser);

    public IReadOnlyList<SessionSnapshot> All() => live.All();

    public async Task<CommandOutcome> SendAsync(string agentUser, AgentCommand command)
    {
        // Not logged in: on one node the replica is always up to date, so no grain needs waking. In a cluster a login
        // on another node may not have reached this one yet (a few milliseconds): the grain knows.
        if (!cluster.IsCluster && live.Find(agentUser) is null)
        {
            return CommandOutcome.NotLoggedIn;
        }

        var reply = await CallAsync(agentUser, grain => grain.Send(command));
        if (reply.Session is { } session)
        {
            live.Apply(session);
        }

        PortalMetrics.CommandSent(reply.Refusal is null);
        return reply.ToOutcome();
    }

    /// <summary>How long a login waits for the session grain before asking again (the grain method's response timeout).</summary>
    public static readonly TimeSpan LoginTimeout = TimeSpan.Parse(LoginTimeoutText, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary><see cref="LoginTimeout"/> as the grain interface's attribute takes it.</summary>
    public const string LoginTimeoutText = "00:00:06";

    public async Task<LoginOutcome> LogInAsync(AgentLogin login)
    {
        SessionReply reply;
        try
        {
            reply = await CallAsync(login.AgentUser, grain => grain.LogIn(login));
        }
        catch (TimeoutException)
        {
            // The session's activation did not answer (seen on a node starved of CPU at its start, whose Redis grain
            // directory registration was cancelled: the login waited for Orleans' 30 s). Asked again, the grain is
            // activated afresh; a first login that went through meanwhile answers "already logged in" with itself.
            logger.LogWarning("Agent {AgentUser}'s login was not answered within {Timeout}; asking again", login.AgentUser, LoginTimeout);
            reply = await CallAsync(login.AgentUser, grain => grain.LogIn(login));
            if (reply.Refusal == Refusal.AlreadyLoggedIn && reply.Session is { } live && IsThisLogin(live, login))
            {
                reply = reply with { Refusal = null };
            }
        }

        if (reply.Refusal is { } refusal)
        {
            return new LoginOutcome(null, refusal);
        }

        live.Apply(reply.Session!);
        return new LoginOutcome(reply.Session, null);
    }

    private static bool IsThisLogin(SessionSnapshot session, AgentLogin login) =>
        session.CampaignId == login.CampaignId && session.PhoneLogin == login.PhoneLogin;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var restored = await store.LoadLiveAsync(cancellationToken);
        foreach (var snapshot in restored)
        {
            live.Apply(snapshot);
        }

        logger.LogInformation("Restored {Count} live agent sessions", restored.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private Task<SessionReply> CallAsync(string agentUser, Func<IAgentSessionGrain, Task<SessionReply>> call)
    {
        var grain = _references.GetOrAdd(agentUser, static (agent, factory) => factory.GetGrain<IAgentSessionGrain>(agent), grains);
        return NodeLoss.SendAsync(() => call(grain), logger, "Agent session", agentUser);
    }
}
