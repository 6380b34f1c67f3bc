namespace Portal.Infrastructure.Integrations.ContactNow;

using Portal.Domain.Users;
using Portal.Infrastructure.Supervision;

/// <summary>
/// The user a token acts as, as it was when the token was last checked: its agent-API rights and the agents and
/// campaigns its user group may control (allowed campaigns and viewable user groups, as for supervisors).
/// </summary>
public sealed record ApiCaller(string UserName, ApiPermissions Permissions, SupervisorScope Scope);
