namespace Portal.Infrastructure.Webhooks;

using System.ComponentModel.DataAnnotations;

/// <summary>The <c>Webhooks</c> section of the configuration (documented in appsettings.sample.json).</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>Attempts per delivery, the first included; after the last failure it is FAILED.</summary>
    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The wait before the first retry; each further retry waits twice as long as the one before.</summary>
    [Range(0.01, 86_400)]
    public double BaseDelaySeconds { get; set; } = 2;

    /// <summary>No retry waits longer than this.</summary>
    [Range(0.01, 86_400)]
    public double MaxDelaySeconds { get; set; } = 3600;

    /// <summary>How long a receiver has to answer one POST.</summary>
    [Range(0.1, 300)]
    public double TimeoutSeconds { get; set; } = 10;

    /// <summary>POSTs in flight at once, over all subscriptions.</summary>
    [Range(1, 256)]
    public int MaxConcurrentDeliveries { get; set; } = 8;

    /// <summary>Delivered and failed deliveries are deleted after this many days (0 = kept for ever).</summary>
    [Range(0, 3650)]
    public int RetainDays { get; set; } = 14;

    public TimeSpan DelayBeforeAttempt(int attemptsSoFar)
    {
        var seconds = BaseDelaySeconds * Math.Pow(2, Math.Max(0, attemptsSoFar - 1));
        return TimeSpan.FromSeconds(Math.Min(seconds, MaxDelaySeconds));
    }
}
