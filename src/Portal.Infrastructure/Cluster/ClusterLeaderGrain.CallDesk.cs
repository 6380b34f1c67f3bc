namespace Portal.Infrastructure.Cluster;

using Portal.Domain.Callbacks;
using Portal.Domain.Campaigns;
using Portal.Domain.Leads;
using Portal.Domain.Sessions;
using Portal.Infrastructure.AgentApi.Calls;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Telephony;

/// <summary>ICallDesk carried out on the leader for every node (<see cref="LeaderWork"/>).</summary>
internal sealed partial class ClusterLeaderGrain
{
    Task<DeskResult> ICallDesk.ManualDialAsync(string agentUser, ManualDialRequest request, CancellationToken cancellationToken) =>
        Run(() => desk.ManualDialAsync(agentUser, request, cancellationToken));

    Task<DeskResult> ICallDesk.PreviewAsync(string agentUser, ManualDialRequest request, CancellationToken cancellationToken) =>
        Run(() => desk.PreviewAsync(agentUser, request, cancellationToken));

    Task<Lead?> ICallDesk.PreviewNextAsync(string agentUser, CancellationToken cancellationToken) =>
        Run(() => desk.PreviewNextAsync(agentUser, cancellationToken));

    Task<DeskResult> ICallDesk.ShowNextPreviewAsync(string agentUser, CancellationToken cancellationToken) =>
        Run(() => desk.ShowNextPreviewAsync(agentUser, cancellationToken));

    Task<DeskResult> ICallDesk.SkipPreviewAsync(string agentUser, CancellationToken cancellationToken) =>
        Run(() => desk.SkipPreviewAsync(agentUser, cancellationToken));

    Task<DeskResult> ICallDesk.FinishPreviewAsync(string agentUser) =>
        Run(() => desk.FinishPreviewAsync(agentUser));

    Task<DeskResult> ICallDesk.DialPreviewAsync(string agentUser, PreviewDialTarget target, CancellationToken cancellationToken) =>
        Run(() => desk.DialPreviewAsync(agentUser, target, cancellationToken));

    Task<DeskResult> ICallDesk.DialNextAsync(string agentUser, CancellationToken cancellationToken) =>
        Run(() => desk.DialNextAsync(agentUser, cancellationToken));

    Task<DeskResult> ICallDesk.HangUpAsync(string agentUser, CallEndReason endedBy, CancellationToken cancellationToken) =>
        Run(() => desk.HangUpAsync(agentUser, endedBy, cancellationToken));

    Task<IReadOnlyList<Status>> ICallDesk.StatusesAsync(string campaignId, CancellationToken cancellationToken) =>
        Run(() => desk.StatusesAsync(campaignId, cancellationToken));

    Task<DeskResult> ICallDesk.DispositionAsync(string agentUser, string statusCode, bool pauseAfter, CallbackRequest? callback, CancellationToken cancellationToken) =>
        Run(() => desk.DispositionAsync(agentUser, statusCode, pauseAfter, callback, cancellationToken));
}
