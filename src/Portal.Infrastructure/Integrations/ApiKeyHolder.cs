namespace Portal.Infrastructure.Integrations;

using Portal.Domain.Users;

/// <summary>Who is calling with a valid API key: the key and the user whose permissions it carries.</summary>
public sealed record ApiKeyHolder(long KeyId, string KeyName, string UserName, string UserGroup, ApiPermissions Permissions);
