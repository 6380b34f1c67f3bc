namespace Portal.Web.Tests.Fakes;

using Portal.Infrastructure.Integrations;

/// <summary>Keeps keys in memory, issues a fixed secret, and records who issued and revoked what.</summary>
internal sealed class FakeApiKeyAdministration : IApiKeyAdministration
{
    public const string Secret = "pk_0123456789abcdefSECRETsecretSECRETsecret";

    public List<ApiKey> Keys { get; } = [];

    public IReadOnlyList<ApiKeyUser> Users { get; set; } =
        [new("api", "Demo API", HasAgentApiAccess: true), new("1001", "Agent 1001", HasAgentApiAccess: false)];

    public List<(string Name, string UserName, string Admin)> Issued { get; } = [];

    public List<(long KeyId, string Admin)> Revoked { get; } = [];

    public Exception? IssueFailure { get; set; }

    public Task<IReadOnlyList<ApiKey>> KeysAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ApiKey>>([.. Keys.OrderByDescending(k => k.CreatedAt)]);

    public Task<IReadOnlyList<ApiKeyUser>> UsersAsync(CancellationToken cancellationToken = default) => Task.FromResult(Users);

    public Task<IssuedApiKey> IssueAsync(string name, string userName, string admin, CancellationToken cancellationToken = default)
    {
        if (IssueFailure is not null)
        {
            return Task.FromException<IssuedApiKey>(IssueFailure);
        }

        Issued.Add((name, userName, admin));
        var key = new ApiKey
        {
            Id = Keys.Count + 1, Name = name, UserName = userName, Prefix = Secret[..11], KeyHash = "hash", CreatedBy = admin,
            CreatedAt = Sessions.Now.AddMinutes(Keys.Count),
        };
        Keys.Add(key);
        return Task.FromResult(new IssuedApiKey(key, Secret));
    }

    public Task<bool> RevokeAsync(long keyId, string admin, CancellationToken cancellationToken = default)
    {
        Revoked.Add((keyId, admin));
        var key = Keys.Single(k => k.Id == keyId);
        key.RevokedAt = Sessions.Now.AddHours(1);
        key.RevokedBy = admin;
        return Task.FromResult(true);
    }
}
