namespace Portal.Infrastructure.Reports.AgentTime;

using Portal.Domain.Sessions;

/// <summary>Adds up stretches (clipped to the day) and calls per agent into the report's rows.</summary>
internal sealed class AgentTimeTally(DateTimeOffset dayStart, DateTimeOffset dayEnd)
{
    /// <summary>The agent log's state names (READY, INCALL, …) back to states.</summary>
    private static readonly Dictionary<string, AgentState> States =
        Enum.GetValues<AgentState>().ToDictionary(s => s.ToVicidialName(), StringComparer.Ordinal);

    private readonly SortedDictionary<string, Totals> _agents = new(StringComparer.Ordinal);

    public void Add(AgentStretch stretch)
    {
        var start = stretch.StartedAt > dayStart ? stretch.StartedAt : dayStart;
        var end = stretch.EndedAt < dayEnd ? stretch.EndedAt : dayEnd;
        var seconds = (end - start).TotalSeconds;
        if (seconds <= 0)
        {
            return;
        }

        var totals = For(stretch.AgentUser);
        totals.Login += seconds;
        switch (States.GetValueOrDefault(stretch.State, AgentState.LoggedOut))
        {
            case AgentState.Ready or AgentState.Queue:
                totals.Ready += seconds;
                break;
            case AgentState.InCall:
                totals.Talk += seconds;
                break;
            case AgentState.Dispo:
                totals.Dispo += seconds;
                break;
            case AgentState.Paused:
                var code = string.IsNullOrEmpty(stretch.PauseCode) ? AgentDayTimes.NoCode : stretch.PauseCode;
                totals.Paused[code] = totals.Paused.GetValueOrDefault(code) + seconds;
                break;
        }
    }

    public void AddCalls(string agentUser, string? status, int count)
    {
        var calls = For(agentUser).Calls;
        var key = string.IsNullOrEmpty(status) ? AgentDayTimes.NoCode : status;
        calls[key] = calls.GetValueOrDefault(key) + count;
    }

    public AgentTimeSheet ToSheet(AgentTimeFilter filter, Func<string, string> fullNameOf)
    {
        var rows = _agents.Select(a => new AgentDayTimes(
            a.Key,
            fullNameOf(a.Key),
            a.Value.Login,
            a.Value.Ready,
            a.Value.Talk,
            a.Value.Paused.Values.Sum(),
            a.Value.Paused,
            a.Value.Dispo,
            a.Value.Calls.Values.Sum(),
            a.Value.Calls)).ToList();
        var pauseCodes = rows.SelectMany(r => r.PausedByCode.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        var statuses = rows.SelectMany(r => r.CallsByStatus.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        return new AgentTimeSheet(filter, rows, pauseCodes, statuses);
    }

    private Totals For(string agentUser)
    {
        if (!_agents.TryGetValue(agentUser, out var totals))
        {
            totals = new Totals();
            _agents.Add(agentUser, totals);
        }

        return totals;
    }

    private sealed class Totals
    {
        public double Login { get; set; }
        public double Ready { get; set; }
        public double Talk { get; set; }
        public double Dispo { get; set; }
        public SortedDictionary<string, double> Paused { get; } = new(StringComparer.Ordinal);
        public SortedDictionary<string, int> Calls { get; } = new(StringComparer.Ordinal);
    }
}
