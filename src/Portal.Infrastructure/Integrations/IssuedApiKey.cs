namespace Portal.Infrastructure.Integrations;

/// <summary>A new API key: the stored record and the secret, which is shown once and never again.</summary>
public sealed record IssuedApiKey(ApiKey Key, string Secret);
