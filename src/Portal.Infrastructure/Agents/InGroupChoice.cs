namespace Portal.Infrastructure.Agents;

public sealed record InGroupChoice(string Id, string Name, string Color);
