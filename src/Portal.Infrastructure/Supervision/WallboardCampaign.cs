namespace Portal.Infrastructure.Supervision;

using Portal.Domain.Campaigns;
using Portal.Infrastructure.Agents;

/// <summary>A campaign as the wallboard's filters and remote-control dialogs need it.</summary>
public sealed record WallboardCampaign(
    string Id,
    string Name,
    bool IsManual,
    PauseCodeMode PauseCodeMode,
    IReadOnlyList<PauseCodeChoice> PauseCodes,
    IReadOnlyList<string> InGroupIds,
    IReadOnlyList<StatusChoice> Statuses);
