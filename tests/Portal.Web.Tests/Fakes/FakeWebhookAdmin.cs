namespace Portal.Web.Tests.Fakes;

using Portal.Infrastructure.Webhooks;

/// <summary>Keeps webhooks in memory and records what the page asked for; <see cref="Refusal"/> makes registering fail.</summary>
internal sealed class FakeWebhookAdmin : IWebhookAdmin
{
    public const string Secret = "whsec_test-secret-shown-once";

    public List<WebhookSummary> Webhooks { get; } = [];

    public List<(string Url, IReadOnlyCollection<string> Types, string By)> Registrations { get; } = [];

    public List<(long Id, string By)> Deactivations { get; } = [];

    public Dictionary<long, IReadOnlyList<WebhookDelivery>> Deliveries { get; } = [];

    public Exception? Refusal { get; set; }

    public Task<RegisteredWebhook> RegisterAsync(string url, IReadOnlyCollection<string> eventTypes, string registeredBy, CancellationToken cancellationToken = default)
    {
        if (Refusal is not null)
        {
            throw Refusal;
        }

        Registrations.Add((url, [.. eventTypes], registeredBy));
        var all = eventTypes.Contains(WebhookEventTypes.All);
        var webhook = new WebhookSummary(Webhooks.Count + 1, url, all ? [] : [.. eventTypes], all, true, registeredBy, DateTimeOffset.UnixEpoch);
        Webhooks.Add(webhook);
        return Task.FromResult(new RegisteredWebhook(webhook, Secret));
    }

    public Task<bool> DeactivateAsync(long subscriptionId, string deactivatedBy, CancellationToken cancellationToken = default)
    {
        Deactivations.Add((subscriptionId, deactivatedBy));
        var index = Webhooks.FindIndex(w => w.Id == subscriptionId && w.Active);
        if (index < 0)
        {
            return Task.FromResult(false);
        }

        Webhooks[index] = Webhooks[index] with { Active = false };
        return Task.FromResult(true);
    }

    public Task<IReadOnlyList<WebhookSummary>> ListAsync(string viewer, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<WebhookSummary>>([.. Webhooks]);

    public Task<IReadOnlyList<WebhookDelivery>> RecentDeliveriesAsync(long subscriptionId, int count, string viewer, CancellationToken cancellationToken = default) =>
        Task.FromResult(Deliveries.GetValueOrDefault(subscriptionId) ?? []);
}
