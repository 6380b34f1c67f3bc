namespace Portal.Infrastructure.Calls;

/// <summary>
/// "Calls today", one rule wherever it is shown (the wallboard's column and tiles, the agent desk's status bar): the
/// calls connected to the agent since local midnight (inbound, auto-dialled and manual, as the call log records them),
/// counted the moment a call connects rather than when it is dispositioned. Kept in memory; nobody polls for it.
/// </summary>
public interface ICallsToday
{
    int For(string agentUser);

    /// <summary>Notified after a count changed; dispose to stop.</summary>
    IDisposable Watch(Action onChange);
}
