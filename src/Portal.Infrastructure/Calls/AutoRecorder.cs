namespace Portal.Infrastructure.Calls;

using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Domain.Campaigns;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Sessions;

/// <summary>Campaigns with recording mode ALLCALLS or ALLFORCE record every call from the moment it connects.</summary>
public sealed class AutoRecorder(SessionEventBus bus, CallControls controls, ILogger<AutoRecorder> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = bus.SubscribeAll(change =>
        {
            var connected = change.Events.Any(e => e is CallConnected { Call.Direction: not CallDirection.Manual } or CallAnsweredByCustomer);
            if (connected)
            {
                _ = StartIfRequiredAsync(change.Session.AgentUser);
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

    private async Task StartIfRequiredAsync(string agentUser)
    {
        try
        {
            if (await controls.RecordingModeAsync(agentUser) is RecordingMode.AllCalls or RecordingMode.AllForce)
            {
                await controls.RecordAsync(agentUser, start: true);
            }
        }
        catch (Exception ex)
        {
            logger.LogFailure(ex, "Could not start the campaign's recording for agent {AgentUser}", agentUser);
        }
    }
}
