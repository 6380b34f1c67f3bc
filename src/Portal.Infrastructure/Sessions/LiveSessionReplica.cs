namespace Portal.Infrastructure.Sessions;

using System.Collections.Concurrent;
using Portal.Domain.Sessions;

/// <summary>
/// Every live session as this node last heard of it: loaded from the database at start, then kept current by each
/// change a session grain publishes (from any node) and each reply this node receives. Reads (a session's state, the
/// list of logged-in agents) never call a grain.
/// </summary>
public sealed class LiveSessionReplica
{
    // Ended sessions stay as LOGOUT entries so a late, older snapshot cannot bring them back.
    private readonly ConcurrentDictionary<string, SessionSnapshot> _sessions = new(StringComparer.Ordinal);

    public SessionSnapshot? Find(string agentUser) =>
        _sessions.TryGetValue(agentUser, out var session) && session.State != AgentState.LoggedOut ? session : null;

    public IReadOnlyList<SessionSnapshot> All() =>
        [.. _sessions.Values.Where(s => s.State != AgentState.LoggedOut).OrderBy(s => s.AgentUser, StringComparer.Ordinal)];

    /// <summary>Keeps <paramref name="session"/> unless a later state of that agent is already known.</summary>
    public void Apply(SessionSnapshot session)
    {
        while (true)
        {
            if (!_sessions.TryGetValue(session.AgentUser, out var known))
            {
                if (_sessions.TryAdd(session.AgentUser, session))
                {
                    return;
                }
            }
            else if (!IsLater(session, known) || _sessions.TryUpdate(session.AgentUser, session, known))
            {
                return;
            }
        }
    }

    /// <summary>A later login, or a later change of the same login.</summary>
    public static bool IsLater(SessionSnapshot candidate, SessionSnapshot known) =>
        candidate.LoggedInAt > known.LoggedInAt || (candidate.LoggedInAt == known.LoggedInAt && candidate.Version > known.Version);
}
