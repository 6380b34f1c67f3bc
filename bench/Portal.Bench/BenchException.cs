namespace Portal.Bench;

/// <summary>A problem the person running the bench can fix; printed as a plain message, without a stack trace.</summary>
internal sealed class BenchException(string message) : Exception(message);
