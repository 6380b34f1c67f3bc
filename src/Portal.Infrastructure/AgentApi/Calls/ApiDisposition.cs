namespace Portal.Infrastructure.AgentApi.Calls;

using Portal.Domain.Callbacks;

/// <summary>
/// A disposition set through an API: a status, a callback for a callback status, and whether the agent pauses
/// afterwards (the REST API's choice; VICIdial's external_status never pauses).
/// </summary>
public sealed record ApiDisposition(string StatusCode, CallbackRequest? Callback, bool PauseAfter = false);
