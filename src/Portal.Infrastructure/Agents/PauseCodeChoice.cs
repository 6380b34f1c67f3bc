namespace Portal.Infrastructure.Agents;

public sealed record PauseCodeChoice(string Code, string Name);
