namespace Portal.Infrastructure.AgentApi.Calls;

using Portal.Domain.Callbacks;

/// <summary>A disposition set through the Agent API (external_status): a status, and a callback for a callback status.</summary>
public sealed record ApiDisposition(string StatusCode, CallbackRequest? Callback);
