namespace Portal.Infrastructure.Calls;

using Portal.Domain.Callbacks;
using Portal.Domain.Campaigns;
using Portal.Domain.Leads;
using Portal.Domain.Sessions;

/// <summary>
/// Placing and ending calls for an agent (manual dial, preview, hang-up, disposition). In a cluster every node's
/// callers reach the leader's desk through this interface (<c>Cluster.LeaderWork</c>).
/// </summary>
public interface ICallDesk
{
    Task<DeskResult> ManualDialAsync(string agentUser, ManualDialRequest request, CancellationToken cancellationToken = default);

    Task<DeskResult> PreviewAsync(string agentUser, ManualDialRequest request, CancellationToken cancellationToken = default);

    Task<Lead?> PreviewNextAsync(string agentUser, CancellationToken cancellationToken = default);

    Task<DeskResult> ShowNextPreviewAsync(string agentUser, CancellationToken cancellationToken = default);

    Task<DeskResult> SkipPreviewAsync(string agentUser, CancellationToken cancellationToken = default);

    Task<DeskResult> FinishPreviewAsync(string agentUser);

    Task<DeskResult> DialPreviewAsync(string agentUser, PreviewDialTarget target, CancellationToken cancellationToken = default);

    Task<DeskResult> DialNextAsync(string agentUser, CancellationToken cancellationToken = default);

    Task<DeskResult> HangUpAsync(string agentUser, CallEndReason endedBy = CallEndReason.AgentHangup, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Status>> StatusesAsync(string campaignId, CancellationToken cancellationToken = default);

    Task<DeskResult> DispositionAsync(string agentUser, string statusCode, bool pauseAfter, CallbackRequest? callback, CancellationToken cancellationToken = default);
}
