namespace Portal.Infrastructure.Webhooks;

/// <summary>How one POST went: the receiver's status code, or why there was none.</summary>
public sealed record WebhookAttempt(int? StatusCode, string? Error)
{
    public bool Delivered => StatusCode is >= 200 and < 300;

    public static WebhookAttempt Answered(int statusCode) =>
        new(statusCode, statusCode is >= 200 and < 300 ? null : $"The receiver answered HTTP {statusCode}.");

    public static WebhookAttempt Failed(string error) => new(null, error);
}
