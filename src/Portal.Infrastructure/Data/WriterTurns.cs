namespace Portal.Infrastructure.Data;

/// <summary>
/// The turns of the database's one writer, whatever the database: SQLite allows one writer at a time and group commit
/// wants one anyway. A command (a write its caller waits for: session changes, the audit rows of API replies) goes
/// before background writes (audit rows kept through a database outage), so no caller waits behind rows nobody waits
/// for; a background write that has waited <see cref="MaxBackgroundWait"/> goes next even under a steady stream of
/// commands, so it is not starved. Maintenance that must see no writes for a moment (a checkpoint catching up) takes a
/// command turn.
/// </summary>
public sealed class WriterTurns(TimeProvider time)
{
    public static readonly TimeSpan MaxBackgroundWait = TimeSpan.FromMilliseconds(200);

    private readonly Lock _gate = new();
    private readonly Queue<TaskCompletionSource> _commands = new();
    private readonly Queue<(TaskCompletionSource Turn, long Since)> _background = new();
    private bool _taken;

    /// <summary>Completes when it is this caller's turn; the caller must <see cref="Leave"/> once done.</summary>
    public Task EnterAsync(WriteLane lane)
    {
        lock (_gate)
        {
            if (!_taken)
            {
                _taken = true;
                return Task.CompletedTask;
            }

            var turn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            if (lane == WriteLane.Commands)
            {
                _commands.Enqueue(turn);
            }
            else
            {
                _background.Enqueue((turn, time.GetTimestamp()));
            }

            return turn.Task;
        }
    }

    /// <summary>Ends the current turn and hands the writer to the next in line.</summary>
    public void Leave()
    {
        TaskCompletionSource? next;
        lock (_gate)
        {
            next = Next();
            _taken = next is not null;
        }

        next?.SetResult();
    }

    private TaskCompletionSource? Next()
    {
        if (_background.TryPeek(out var oldest) && (_commands.Count == 0 || time.GetElapsedTime(oldest.Since) >= MaxBackgroundWait))
        {
            _background.Dequeue();
            return oldest.Turn;
        }

        return _commands.TryDequeue(out var command) ? command : null;
    }
}
