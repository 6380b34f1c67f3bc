namespace Portal.IntegrationTests.Sessions;

using System.Collections.Concurrent;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Sessions;

/// <summary>
/// A node that lost its connection to Redis may have missed changes; reading the stored sessions back brings its
/// replica and its open screens up to date, including sessions that ended meanwhile.
/// </summary>
public sealed class SessionResyncTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_session_that_ended_during_the_gap_is_delivered_as_logged_out_and_the_stored_ones_stay()
    {
        var kept = await factory.LogInAsync("1018");
        var replica = factory.Get<LiveSessionReplica>();
        var ended = kept with { AgentUser = "ended-during-gap" };
        replica.Apply(ended);
        var heard = new ConcurrentQueue<AgentState>();
        using var subscription = factory.Get<SessionEventBus>().SubscribeAgent("ended-during-gap", change => heard.Enqueue(change.Session.State));

        var knownBefore = replica.All();
        var stored = await factory.Get<SessionStore>().LoadLiveAsync(CancellationToken.None);
        factory.Get<SessionChangeFeed>().Resync(knownBefore, stored);

        Assert.Null(factory.Session("ended-during-gap"));
        Assert.Equal([AgentState.LoggedOut], heard);
        Assert.Equal(AgentState.Paused, factory.Session("1018")?.State);
    }

    [Fact]
    public async Task A_session_changed_after_the_replica_was_read_is_not_ended_by_the_resync()
    {
        var before = await factory.LogInAsync("1019");
        var replica = factory.Get<LiveSessionReplica>();
        var knownBefore = replica.All();
        var ghost = before with { AgentUser = "changed-after-read" };
        replica.Apply(ghost);
        replica.Apply(ghost with { Version = ghost.Version + 1 });

        factory.Get<SessionChangeFeed>().Resync([.. knownBefore, ghost], await factory.Get<SessionStore>().LoadLiveAsync(CancellationToken.None));

        Assert.NotNull(factory.Session("changed-after-read"));
    }
}
