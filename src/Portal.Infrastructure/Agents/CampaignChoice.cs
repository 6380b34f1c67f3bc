namespace Portal.Infrastructure.Agents;

using Portal.Domain.Campaigns;

/// <summary>A campaign an agent may log in to, with what the agent screen needs to know about it.</summary>
public sealed record CampaignChoice(string Id, string Name, DialMethod DialMethod, PauseCodeMode PauseCodes, IReadOnlyList<string> InGroups);
