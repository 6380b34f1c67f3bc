namespace Portal.Bench;

/// <summary>
/// API-to-screen samples: Shown = call sent until the page's DOM shows the new state; Replied = until the API's
/// reply reached the page; Painted = until the next animation frame after the change. Failed samples are counted,
/// not timed.
/// </summary>
internal sealed record ScreenResult(LatencyStats Shown, LatencyStats Replied, LatencyStats Painted, int Failures, string? FirstFailure);
