namespace Portal.Infrastructure.Telephony;

using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Sessions;

/// <summary>
/// Hangs up an agent's phone when their session ends, however it ends (the desk, an API, a supervisor, a timeout), as
/// VICIdial drops the agent's conference at logout.
/// </summary>
public sealed class AgentPhoneRelease(SessionEventBus bus, ITelephony telephony, ILogger<AgentPhoneRelease> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = bus.SubscribeAll(change =>
        {
            if (change.Events.Any(e => e is AgentLoggedOut))
            {
                _ = ReleaseAsync(change.Session.AgentUser);
            }
        });
        try
        {
            await Task.Delay(Timeout.Infinite, stoppingToken);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task ReleaseAsync(string agentUser)
    {
        try
        {
            await telephony.ReleaseAgentPhoneAsync(agentUser);
        }
        catch (Exception ex)
        {
            logger.LogFailure(ex, "Could not hang up agent {AgentUser}'s phone", agentUser);
        }
    }
}
