namespace Portal.Web.Tests.Fakes;

using Portal.Infrastructure.Callbacks;

/// <summary>Serves <see cref="Items"/> and counts how often the list was loaded.</summary>
internal sealed class FakeCallbackBook : ICallbackBook
{
    public IReadOnlyList<CallbackItem> Items { get; set; } = [];

    public List<(string AgentUser, string CampaignId)> Loads { get; } = [];

    public Task<IReadOnlyList<CallbackItem>> ForAgentAsync(string agentUser, string campaignId, CancellationToken cancellationToken = default)
    {
        Loads.Add((agentUser, campaignId));
        return Task.FromResult(Items);
    }
}
