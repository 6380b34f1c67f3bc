namespace Portal.IntegrationTests.Data;

using Portal.Infrastructure.Data;

/// <summary>Who writes next: commands before background writes, and background writes not starved for long.</summary>
public sealed class WriterTurnsTests
{
    private readonly SteppedClock _clock = new();

    [Fact]
    public async Task A_waiting_command_goes_before_background_writes_that_queued_earlier()
    {
        var turns = new WriterTurns(_clock);
        await turns.EnterAsync(WriteLane.Commands);
        var audit = turns.EnterAsync(WriteLane.Background);
        var command = turns.EnterAsync(WriteLane.Commands);

        turns.Leave();

        await command.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.False(audit.IsCompleted);
        turns.Leave();
        await audit.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_background_write_that_waited_too_long_goes_before_later_commands()
    {
        var turns = new WriterTurns(_clock);
        await turns.EnterAsync(WriteLane.Commands);
        var audit = turns.EnterAsync(WriteLane.Background);
        var command = turns.EnterAsync(WriteLane.Commands);

        _clock.Advance(WriterTurns.MaxBackgroundWait);
        turns.Leave();

        await audit.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.False(command.IsCompleted);
        turns.Leave();
        await command.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Only_one_writer_holds_the_turn_at_a_time()
    {
        var turns = new WriterTurns(_clock);
        await turns.EnterAsync(WriteLane.Background);

        var second = turns.EnterAsync(WriteLane.Commands);

        Assert.False(second.IsCompleted);
        turns.Leave();
        await second.WaitAsync(TimeSpan.FromSeconds(5));
    }

    /// <summary>A clock that moves only when the test says so.</summary>
    private sealed class SteppedClock : TimeProvider
    {
        private long _ticks = 1;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}
