namespace Portal.Infrastructure.Calls;

/// <summary>A call left the queue: delivered to an agent, or gone without one (caller hung up, dropped, taken out).</summary>
public sealed record QueueDeparture(TrackedCall Call, bool Delivered);
