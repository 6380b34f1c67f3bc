namespace Portal.Infrastructure.Data;

using System.Threading.Channels;

/// <summary>
/// Commits the writes their callers wait for, whoever makes them (a session's change before it is acknowledged, an API
/// call's audit row before it is answered), together: one loop takes every write waiting and runs them in one
/// transaction of the <see cref="SharedWriter"/>'s command lane, so while one transaction commits the next one gathers
/// (group commit). A session change and the audit row of another agent's API call share a commit instead of taking
/// turns at the writer with one commit each. A failed batch is run again write by write, each in its own transaction,
/// so one bad write fails only its own caller; when the database is unavailable every caller of the batch hears so.
/// </summary>
public sealed class GroupCommit : IDisposable
{
    private const int MaxBatch = 256;
    private readonly SharedWriter _writer;
    private readonly Channel<PendingWrite> _queue = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _loop;

    public GroupCommit(SharedWriter writer)
    {
        _writer = writer;
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>
    /// Completes once <paramref name="write"/> is committed; faults with why it could not be. The write may run twice
    /// (alone, after its batch failed), so it must only write, from what it was given.
    /// </summary>
    public Task WriteAsync(Func<WriteTurn, Task> write)
    {
        var pending = new PendingWrite(write, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(GroupCommit), "The database writer is shutting down.");
        }

        return pending.Committed.Task;
    }

    /// <summary>Writes what is queued and stops.</summary>
    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _loop.Wait(TimeSpan.FromSeconds(10));
    }

    private async Task LoopAsync()
    {
        var batch = new List<PendingWrite>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            await CommitAsync(batch);
            batch.Clear();
        }
    }

    private async Task CommitAsync(List<PendingWrite> batch)
    {
        try
        {
            await _writer.WriteAsync(async turn =>
            {
                foreach (var pending in batch)
                {
                    await pending.Write(turn);
                }
            });
            batch.ForEach(p => p.Committed.TrySetResult());
        }
        catch (Exception ex) when (batch.Count == 1 || DatabaseOutage.Caused(ex))
        {
            // Unreachable for all of them alike, or the one write failed: its caller decides (undo, keep, count).
            batch.ForEach(p => p.Committed.TrySetException(ex));
        }
        catch (Exception)
        {
            // One bad write must not fail the others.
            foreach (var pending in batch)
            {
                await CommitAsync([pending]);
            }
        }
    }

    private sealed record PendingWrite(Func<WriteTurn, Task> Write, TaskCompletionSource Committed);
}
