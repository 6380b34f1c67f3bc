namespace Portal.Infrastructure.Admin.Leads;

/// <summary>
/// What an import did: a problem with the file as a whole (nothing imported), or the rows read, imported and skipped,
/// with the first <see cref="LeadImport.MaxReportedRows"/> skipped rows and why.
/// </summary>
public sealed record LeadImportReport(string? FileProblem, int Rows, int Imported, int Invalid, int Duplicates, int DoNotCall, IReadOnlyList<LeadImportRow> Skipped)
{
    public static LeadImportReport Rejected(string problem) => new(problem, 0, 0, 0, 0, 0, []);

    public bool MoreSkippedThanShown => Invalid + Duplicates + DoNotCall > Skipped.Count;
}
