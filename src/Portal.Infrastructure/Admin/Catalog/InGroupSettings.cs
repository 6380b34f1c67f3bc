namespace Portal.Infrastructure.Admin.Catalog;

/// <summary>What an admin sets on an in-group.</summary>
public sealed record InGroupSettings(string Name, string Color, int Priority, long? DefaultListId);
