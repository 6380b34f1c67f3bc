namespace Portal.IntegrationTests.Cluster;

using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Runtime;
using Portal.Infrastructure.Cluster;

/// <summary>
/// Calls to the leader's grain while its node dies: sent again until the new leader answers (within
/// <see cref="NodeLoss.Patience"/>); any other failure reaches the caller as it was thrown.
/// </summary>
public sealed class LeaderCallsTests
{
    [Fact]
    public async Task A_call_that_meets_a_dead_node_is_sent_again_and_answered_by_the_new_leader()
    {
        var leader = new FlakyLeader(failures: 2);
        var calls = LeaderCalls.For<ILeaderLike>(leader, NullLogger.Instance);

        Assert.Equal("42 answered", await calls.AnswerAsync(42));
        await calls.ActAsync();

        Assert.Equal(4, leader.Calls);
    }

    [Fact]
    public async Task Other_failures_reach_the_caller_unchanged_and_are_not_sent_again()
    {
        var leader = new FlakyLeader(failures: 0) { Fault = new InvalidOperationException("a bug") };
        var calls = LeaderCalls.For<ILeaderLike>(leader, NullLogger.Instance);

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => calls.AnswerAsync(1));

        Assert.Equal("a bug", thrown.Message);
        Assert.Equal(1, leader.Calls);
    }

    public interface ILeaderLike
    {
        Task<string> AnswerAsync(int value);

        Task ActAsync();
    }

    private sealed class FlakyLeader(int failures) : ILeaderLike
    {
        private int _failuresLeft = failures;

        public int Calls { get; private set; }

        public Exception? Fault { get; init; }

        public Task<string> AnswerAsync(int value)
        {
            Fail();
            return Task.FromResult($"{value} answered");
        }

        public Task ActAsync()
        {
            Fail();
            return Task.CompletedTask;
        }

        private void Fail()
        {
            Calls++;
            if (Fault is not null)
            {
                throw Fault;
            }

            if (_failuresLeft-- > 0)
            {
                throw new SiloUnavailableException("the leader's node is gone");
            }
        }
    }
}
