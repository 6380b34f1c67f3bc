namespace Portal.Infrastructure.Sessions.Presence;

/// <summary>
/// Which agents have an agent desk open on this node, as the desks report it (a Blazor circuit's connection going
/// down, coming back, or closing). An agent whose desks are all gone is "gone since" the moment the last one went;
/// an agent who never had a desk in this session (driven by an API only, e.g. ContactNow's agent_dial) is not tracked.
/// </summary>
public sealed class DeskPresence(TimeProvider time)
{
    private readonly Dictionary<string, Desks> _agents = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>An agent who had no desk open on this node now has one (raised outside the lock).</summary>
    public event Action<string>? FirstDeskOpened;

    /// <summary>A desk of <paramref name="agentUser"/> is open and connected.</summary>
    public void Up(string agentUser, string deskId)
    {
        bool first;
        lock (_gate)
        {
            if (!_agents.TryGetValue(agentUser, out var desks))
            {
                _agents[agentUser] = desks = new Desks();
            }

            first = desks.Open.Count == 0;
            desks.Open.Add(deskId);
            desks.GoneSince = null;
        }

        if (first)
        {
            FirstDeskOpened?.Invoke(agentUser);
        }
    }

    /// <summary>
    /// A desk of <paramref name="agentUser"/> opened on another node of the cluster: a desk gone from this node no
    /// longer means the agent has none (that node tracks it now).
    /// </summary>
    public void OpenedElsewhere(string agentUser)
    {
        lock (_gate)
        {
            if (_agents.TryGetValue(agentUser, out var desks) && desks.Open.Count == 0)
            {
                _agents.Remove(agentUser);
            }
        }
    }

    /// <summary>A desk closed or lost its connection (it may come back with <see cref="Up"/>).</summary>
    public void Down(string agentUser, string deskId)
    {
        lock (_gate)
        {
            if (_agents.TryGetValue(agentUser, out var desks) && desks.Open.Remove(deskId) && desks.Open.Count == 0)
            {
                desks.GoneSince = time.GetUtcNow();
            }
        }
    }

    /// <summary>The session ended: a later session starts untracked until a desk opens for it.</summary>
    public void SessionEnded(string agentUser)
    {
        lock (_gate)
        {
            if (_agents.TryGetValue(agentUser, out var desks) && desks.Open.Count == 0)
            {
                _agents.Remove(agentUser);
            }
        }
    }

    /// <summary>When the last desk of <paramref name="agentUser"/> went, or null while one is open or none ever was.</summary>
    public DateTimeOffset? GoneSince(string agentUser)
    {
        lock (_gate)
        {
            return _agents.TryGetValue(agentUser, out var desks) ? desks.GoneSince : null;
        }
    }

    /// <summary>Every agent whose desks are all gone, with the moment the last one went.</summary>
    public IReadOnlyList<GoneDesk> Gone()
    {
        lock (_gate)
        {
            return [.. _agents.Where(a => a.Value.GoneSince is not null).Select(a => new GoneDesk(a.Key, a.Value.GoneSince!.Value))];
        }
    }

    private sealed class Desks
    {
        public HashSet<string> Open { get; } = new(StringComparer.Ordinal);

        public DateTimeOffset? GoneSince { get; set; }
    }
}
