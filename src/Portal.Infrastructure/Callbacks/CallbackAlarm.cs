namespace Portal.Infrastructure.Callbacks;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Domain.Callbacks;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Sessions;

/// <summary>
/// When a scheduled callback comes due it turns LIVE and the agents who may take it are alerted on screen:
/// the owner of a USERONLY callback, every agent of the campaign for an ANYONE callback.
/// </summary>
public sealed class CallbackAlarm(
    IDbContextFactory<PortalDbContext> contexts, SessionRuntime sessions, TimeProvider time, ILogger<CallbackAlarm> logger) : BackgroundService
{
    public const string Sender = "Callbacks";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(10), time);
        try
        {
            do
            {
                try
                {
                    await RaiseDueAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogFailure(ex, "Checking due callbacks failed");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException)
        {
        }
    }

    public async Task RaiseDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var due = await db.Callbacks.Where(c => c.State == CallbackState.Active && c.DueAt <= now).ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return;
        }

        due.ForEach(c => c.MarkLive());
        await db.SaveChangesAsync(cancellationToken);
        foreach (var callback in due)
        {
            var text = $"Callback due now for lead {callback.LeadId}{(callback.Comments.Length > 0 ? ": " + callback.Comments : "")}";
            var agents = sessions.All().Where(s => callback.Type == CallbackType.UserOnly ? s.AgentUser == callback.AgentUser : s.CampaignId == callback.CampaignId);
            foreach (var agent in agents)
            {
                await sessions.SendAsync(agent.AgentUser, new Notify(new AgentNotification(text, Sender, TextColor: "#b71c1c", TextWeight: "bold", Pinned: true)));
            }
        }
    }
}
