namespace Portal.IntegrationTests;

using Microsoft.Extensions.Logging.Abstractions;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Sessions;

/// <summary>The new parts of a live call (conference line, end reason, in-groups) survive a restart.</summary>
public sealed class CallPersistenceTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<SessionSnapshot?> RestoreAsync(string agentUser)
    {
        // A runtime of a node starting afresh: it reads the live sessions from the database (no grain is called).
        var restarted = new SessionRuntime(null!, new LiveSessionReplica(), factory.Get<SessionStore>(), Portal.Infrastructure.Cluster.ClusterSettings.OneProcess, NullLogger<SessionRuntime>.Instance);
        await restarted.StartAsync(CancellationToken.None);
        var restored = restarted.Find(agentUser);
        await restarted.StopAsync(CancellationToken.None);
        return restored;
    }

    [Fact]
    public async Task Restart_keeps_the_conference_line_and_call_flags()
    {
        await factory.LogInOnCallAsync("1001");
        await factory.SendAsync("1001", new SetConferenceLine("3125550160"));
        var before = await factory.SendAsync("1001", new SetCallFlag(CallFlags.OnHold, On: true));

        var restored = await RestoreAsync("1001");

        Assert.Equal(before.Call, restored?.Call);
        Assert.Equal("3125550160", restored?.Call?.ConferenceNumber);
    }

    [Fact]
    public async Task Restart_keeps_the_end_reason_of_a_call_in_disposition()
    {
        await factory.LogInOnCallAsync("1002");
        await factory.SendAsync("1002", new HangUpCustomer(CallEndReason.Transferred));

        var restored = await RestoreAsync("1002");

        Assert.Equal(AgentState.Dispo, restored?.State);
        Assert.Equal(CallEndReason.Transferred, restored?.Call?.EndReason);
    }

    [Fact]
    public async Task Restart_keeps_changed_in_groups_and_blending()
    {
        await factory.LogInAsync("1003");
        await factory.SendAsync("1003", new ChangeInGroups(["SUPPORT"], Blended: false));

        var restored = await RestoreAsync("1003");

        Assert.Equal(["SUPPORT"], restored?.InGroups);
        Assert.False(restored?.Blended);
    }
}
