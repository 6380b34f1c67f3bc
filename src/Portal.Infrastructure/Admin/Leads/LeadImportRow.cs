namespace Portal.Infrastructure.Admin.Leads;

/// <summary>A row that was not imported: its line in the file, the column at fault (if one) and why.</summary>
public sealed record LeadImportRow(int Line, string? Field, string Message);
