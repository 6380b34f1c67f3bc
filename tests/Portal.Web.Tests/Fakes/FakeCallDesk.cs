namespace Portal.Web.Tests.Fakes;

using Portal.Domain.Callbacks;
using Portal.Domain.Campaigns;
using Portal.Domain.Leads;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Calls;

/// <summary>Records what a component asks of the call desk and answers with <see cref="Result"/>.</summary>
internal sealed class FakeCallDesk : ICallDesk
{
    /// <summary>What every dial, hang-up and disposition returns.</summary>
    public DeskResult Result { get; set; } = DeskResult.Ok;

    /// <summary>The leads <see cref="PreviewNextAsync"/> hands out, in order; null once empty.</summary>
    public Queue<Lead> Previews { get; } = new();

    public IReadOnlyList<Status> Statuses { get; set; } = [];

    public List<(string AgentUser, ManualDialRequest Request)> ManualDials { get; } = [];

    public List<string> PreviewRequests { get; } = [];

    public List<(string AgentUser, long LeadId)> Skips { get; } = [];

    public List<string> DialNexts { get; } = [];

    public List<string> HangUps { get; } = [];

    public List<(string AgentUser, string StatusCode, bool PauseAfter, CallbackRequest? Callback)> Dispositions { get; } = [];

    public Task<DeskResult> ManualDialAsync(string agentUser, ManualDialRequest request, CancellationToken cancellationToken = default)
    {
        ManualDials.Add((agentUser, request));
        return Task.FromResult(Result);
    }

    /// <summary>Leads or numbers asked to be shown in preview.</summary>
    public List<(string AgentUser, ManualDialRequest Request)> PreviewedRequests { get; } = [];

    public Task<DeskResult> PreviewAsync(string agentUser, ManualDialRequest request, CancellationToken cancellationToken = default)
    {
        PreviewedRequests.Add((agentUser, request));
        return Task.FromResult(Result);
    }

    public Task<Lead?> PreviewNextAsync(string agentUser, CancellationToken cancellationToken = default)
    {
        PreviewRequests.Add(agentUser);
        return Task.FromResult(Previews.TryDequeue(out var lead) ? lead : null);
    }

    public void SkipPreview(string agentUser, long leadId) => Skips.Add((agentUser, leadId));

    /// <summary>Preview actions asked for, as text: "show", "skip", "finish", "dial Main".</summary>
    public List<string> PreviewActions { get; } = [];

    public Task<DeskResult> ShowNextPreviewAsync(string agentUser, CancellationToken cancellationToken = default) => Preview("show");

    public Task<DeskResult> SkipPreviewAsync(string agentUser, CancellationToken cancellationToken = default) => Preview("skip");

    public Task<DeskResult> FinishPreviewAsync(string agentUser) => Preview("finish");

    public Task<DeskResult> DialPreviewAsync(string agentUser, PreviewDialTarget target, CancellationToken cancellationToken = default) =>
        Preview($"dial {target}");

    private Task<DeskResult> Preview(string action)
    {
        PreviewActions.Add(action);
        return Task.FromResult(Result);
    }

    public Task<DeskResult> DialNextAsync(string agentUser, CancellationToken cancellationToken = default)
    {
        DialNexts.Add(agentUser);
        return Task.FromResult(Result);
    }

    public Task<DeskResult> HangUpAsync(string agentUser, CallEndReason endedBy = CallEndReason.AgentHangup, CancellationToken cancellationToken = default)
    {
        HangUps.Add(agentUser);
        return Task.FromResult(Result);
    }

    public Task<IReadOnlyList<Status>> StatusesAsync(string campaignId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Statuses);

    public Task<DeskResult> DispositionAsync(
        string agentUser, string statusCode, bool pauseAfter, CallbackRequest? callback, CancellationToken cancellationToken = default)
    {
        Dispositions.Add((agentUser, statusCode, pauseAfter, callback));
        return Task.FromResult(Result);
    }
}
