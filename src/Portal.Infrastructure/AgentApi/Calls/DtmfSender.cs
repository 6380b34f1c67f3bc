namespace Portal.Infrastructure.AgentApi.Calls;

using Microsoft.Extensions.Logging;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Sessions;

/// <summary>
/// send_dtmf: VICIdial's DTMF strings, where S is *, P is # and Q is one second of silence. A string is sent in the
/// background, in order after the agent's previous one, so its pauses do not hold the API request.
/// </summary>
public sealed class DtmfSender(SessionRuntime sessions, ICallControls controls, TimeProvider time, ILogger<DtmfSender> logger)
{
    /// <summary>The longest run of tones sent at once.</summary>
    public const int MaxTonesPerSend = 32;

    private static readonly TimeSpan Silence = TimeSpan.FromSeconds(1);

    private readonly Dictionary<string, Task> _tails = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Queues the string for the agent's live call; fails when there is none.</summary>
    public DeskResult Send(string agentUser, string vicidialTones)
    {
        var session = sessions.Find(agentUser);
        if (session is null)
        {
            return DeskResult.Fail(Refusal.NotLoggedIn.Reason);
        }

        if (session is not { State: AgentState.InCall, Call: { } call } || call.Has(CallFlags.Ringing))
        {
            return DeskResult.Fail(Refusal.NotOnCall.Reason);
        }

        var steps = Steps(vicidialTones);
        lock (_gate)
        {
            var previous = _tails.GetValueOrDefault(agentUser) ?? Task.CompletedTask;
            _tails[agentUser] = SendAfterAsync(previous, agentUser, steps);
        }

        return DeskResult.Ok;
    }

    /// <summary>Runs of tones (0-9, * and #) and one-second silences (null); characters that are not tones are skipped.</summary>
    public static IReadOnlyList<string?> Steps(string vicidialTones)
    {
        var steps = new List<string?>();
        var tones = new System.Text.StringBuilder();
        foreach (var c in vicidialTones)
        {
            switch (c)
            {
                case 'Q':
                    Flush();
                    steps.Add(null);
                    break;
                case 'S':
                    tones.Append('*');
                    break;
                case 'P':
                    tones.Append('#');
                    break;
                case >= '0' and <= '9':
                    tones.Append(c);
                    break;
            }

            if (tones.Length == MaxTonesPerSend)
            {
                Flush();
            }
        }

        Flush();
        return steps;

        void Flush()
        {
            if (tones.Length > 0)
            {
                steps.Add(tones.ToString());
                tones.Clear();
            }
        }
    }

    private async Task SendAfterAsync(Task previous, string agentUser, IReadOnlyList<string?> steps)
    {
        await previous;
        try
        {
            foreach (var step in steps)
            {
                if (step is null)
                {
                    await Task.Delay(Silence, time);
                    continue;
                }

                var sent = await controls.SendDtmfAsync(agentUser, step);
                if (!sent.Succeeded)
                {
                    logger.LogWarning("DTMF for agent {AgentUser} stopped: {Reason}", agentUser, sent.Error);
                    return;
                }
            }
        }
        catch (Exception ex)
        {
            logger.LogFailure(ex, "DTMF for agent {AgentUser} failed", agentUser);
        }
    }
}
