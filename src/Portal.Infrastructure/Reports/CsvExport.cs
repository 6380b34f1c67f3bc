namespace Portal.Infrastructure.Reports;

using System.Text;

/// <summary>
/// A report export whose access and filters are already checked: a file name and the rows, written on demand
/// straight to the response (UTF-8 with a byte-order mark, so spreadsheets read accents right), never buffered whole.
/// </summary>
public sealed class CsvExport(string fileName, Func<CsvWriter, CancellationToken, Task> writeRows)
{
    private static readonly Encoding Utf8WithBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public string FileName { get; } = fileName;

    public async Task WriteToAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        await using var text = new StreamWriter(stream, Utf8WithBom, bufferSize: 16 * 1024, leaveOpen: true);
        await writeRows(new CsvWriter(text), cancellationToken);
        await text.FlushAsync(cancellationToken);
    }
}
