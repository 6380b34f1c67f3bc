namespace Portal.Infrastructure.Reports;

using System.Globalization;

/// <summary>
/// Writes RFC 4180 CSV: fields with a comma, quote or line break are quoted (quotes doubled), lines end in CRLF.
/// A text field that a spreadsheet would run as a formula (starting with = + - @, tab or carriage return) gets a
/// leading apostrophe, so an exported audit value like <c>=HYPERLINK(…)</c> stays text (OWASP "CSV injection").
/// </summary>
public sealed class CsvWriter(TextWriter writer)
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    public Task WriteRowAsync(IEnumerable<string?> fields, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var line = string.Join(',', fields.Select(Field)) + "\r\n";
        return writer.WriteAsync(line.AsMemory(), cancellationToken);
    }

    /// <summary>One text field, guarded and quoted as needed.</summary>
    public static string Field(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && FormulaStarts.Contains(text[0]))
        {
            text = "'" + text;
        }

        return text.IndexOfAny(NeedsQuotes) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    /// <summary>A number as a field: invariant culture, no thousands separators, at most two decimals.</summary>
    public static string Number(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
