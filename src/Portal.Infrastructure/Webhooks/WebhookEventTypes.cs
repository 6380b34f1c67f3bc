namespace Portal.Infrastructure.Webhooks;

using Portal.Infrastructure.Events;

/// <summary>How a subscription's event types are stored: space-separated contract types, or <c>*</c> for all.</summary>
public static class WebhookEventTypes
{
    public const string All = "*";

    public static IReadOnlyList<string> Parse(string stored) => stored.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The stored form of a choice, or an error message for a choice that is empty or names unknown types.</summary>
    internal static (string? Stored, string? Error) Store(IReadOnlyCollection<string> chosen)
    {
        if (chosen.Contains(All))
        {
            return (All, null);
        }

        if (chosen.Count == 0)
        {
            return (null, "Choose at least one event type, or all of them.");
        }

        var unknown = chosen.Where(type => !IntegrationEventTypes.IsKnown(type)).ToList();
        if (unknown.Count > 0)
        {
            return (null, $"Unknown event type {string.Join(", ", unknown)}; the types are {string.Join(", ", IntegrationEventTypes.All)}.");
        }

        // Contract order, once each.
        return (string.Join(' ', IntegrationEventTypes.All.Where(chosen.Contains)), null);
    }
}
