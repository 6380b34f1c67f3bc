namespace Portal.Infrastructure.Data;

/// <summary>Which of the writes waiting for the database's one writer go first.</summary>
public enum WriteLane
{
    /// <summary>Writes a caller waits for before it answers (session changes, audit rows): served first.</summary>
    Commands,

    /// <summary>Writes nobody waits for (audit rows kept through an outage): served when no command waits, or once they have waited too long.</summary>
    Background,
}
