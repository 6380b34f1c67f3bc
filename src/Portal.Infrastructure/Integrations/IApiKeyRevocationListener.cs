namespace Portal.Infrastructure.Integrations;

/// <summary>Something holding what an API key opened (an event-hub connection) that must end when the key is revoked.</summary>
public interface IApiKeyRevocationListener
{
    void KeyRevoked(long keyId);
}
