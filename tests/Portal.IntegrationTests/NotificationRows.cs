namespace Portal.IntegrationTests;

using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Data;

/// <summary>Reads the AgentNotifications table (VICIdial's vicidial_agent_notifications) of a running portal.</summary>
internal static class NotificationRows
{
    public static async Task<QueuedNotification> NotificationAsync(this PortalFactory factory, long id)
    {
        var contexts = factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        return await db.AgentNotifications.AsNoTracking().SingleAsync(n => n.Id == id);
    }

    /// <summary>Waits until the notification has the status (the dispatcher's tick delivers scheduled ones).</summary>
    public static Task<QueuedNotification> WaitForStatusAsync(this PortalFactory factory, long id, string status) =>
        Eventually.UntilAsync(() => factory.NotificationAsync(id), n => n.Status == status, $"notification {id} to be {status}");

    /// <summary>The notification id of <c>SUCCESS: notification queued - {recipient}|{type}|{id}</c>.</summary>
    public static long QueuedId(this ApiReply reply)
    {
        var match = Regex.Match(reply.Body, @"SUCCESS: notification queued - [^|\n]*\|[^|\n]*\|(\d+)\n");
        Assert.True(match.Success, $"No queued notification in: {reply.Body}");
        return long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }
}
