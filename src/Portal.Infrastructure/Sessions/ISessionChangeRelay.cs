namespace Portal.Infrastructure.Sessions;

/// <summary>Carries session changes to the other nodes of a cluster; one process on its own has none.</summary>
public interface ISessionChangeRelay
{
    void Send(SessionChange change);
}

/// <summary>One process: every subscriber is here already.</summary>
public sealed class NoSessionChangeRelay : ISessionChangeRelay
{
    public void Send(SessionChange change)
    {
    }
}
