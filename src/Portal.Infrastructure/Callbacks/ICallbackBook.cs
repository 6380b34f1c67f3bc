namespace Portal.Infrastructure.Callbacks;

/// <summary>The callbacks an agent may work.</summary>
public interface ICallbackBook
{
    Task<IReadOnlyList<CallbackItem>> ForAgentAsync(string agentUser, string campaignId, CancellationToken cancellationToken = default);
}
