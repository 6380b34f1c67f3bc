namespace Portal.Infrastructure.Events.Data;

/// <summary><c>notification</c>: the text shown on the agent's screen and who sent it.</summary>
public sealed record NotificationData(string Text, string From);
