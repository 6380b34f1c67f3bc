namespace Portal.Infrastructure.Admin.Catalog;

/// <summary>An in-group in the admin's list, with the campaigns that take its calls.</summary>
public sealed record InGroupSummary(string Id, InGroupSettings Settings, bool Active, IReadOnlyList<string> Campaigns);
