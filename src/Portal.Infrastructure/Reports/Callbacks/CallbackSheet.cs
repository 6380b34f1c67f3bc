namespace Portal.Infrastructure.Reports.Callbacks;

/// <summary>
/// The callback report: counts per campaign and agent over every matching callback, and the first
/// <see cref="ICallbackReport.MaxRows"/> callbacks by due time (<see cref="TotalRows"/> match in all; the CSV has them all).
/// </summary>
public sealed record CallbackSheet(IReadOnlyList<CallbackTally> Tallies, IReadOnlyList<CallbackReportRow> Rows, int TotalRows);
