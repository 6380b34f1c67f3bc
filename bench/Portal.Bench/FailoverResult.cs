namespace Portal.Bench;

/// <summary>
/// The kill -9 run: the killed node, times from the kill (seconds), the calls before and after it, and the check of every
/// agent's stored state against its last SUCCESS.
/// </summary>
internal sealed record FailoverResult(
    string Killed,
    int GrainsOnKilled,
    double? LastFailureAfter,
    double? FailedAgentsRecoveredAfter,
    double? AllAgentsSucceededAfter,
    int AgentsThatFailed,
    int CallsBefore,
    int ErrorsBefore,
    int CallsAfter,
    int ErrorsAfter,
    IReadOnlyDictionary<string, int> ErrorKinds,
    double CallsPerSecondAfter,
    int StatesMatching,
    int StatesUncertain,
    int StatesLost,
    IReadOnlyList<string> LostExamples);
