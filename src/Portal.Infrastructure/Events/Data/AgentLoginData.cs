namespace Portal.Infrastructure.Events.Data;

/// <summary><c>agent.login</c>: the phone the session rings and the in-groups the agent takes calls from.</summary>
public sealed record AgentLoginData(string PhoneLogin, IReadOnlyList<string> InGroups, bool Blended);
