namespace Portal.Infrastructure.Admin.Leads;

using System.Security.Claims;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Leads;
using Portal.Infrastructure.AgentApi.Leads;
using Portal.Infrastructure.Data;

/// <summary>
/// CSV lead import. Each row is checked with the rules external_add_lead uses (<see cref="VicidialLeadFields"/>):
/// field lengths, a dialable phone number, a real e-mail address, dates as YYYY-MM-DD. Spaces, dashes, dots and
/// brackets in phone numbers are dropped first. The valid rows are saved together, in one transaction, after the whole
/// file has been read; a file problem (size, header, too many rows) imports nothing.
/// </summary>
public sealed class LeadImport(AdminGate gate, IDbContextFactory<PortalDbContext> contexts, TimeProvider time) : ILeadImport
{
    public const long MaxBytes = 5 * 1024 * 1024;
    public const int MaxRows = 50_000;
    public const int MaxReportedRows = 500;
    public const string PhoneNumber = "phone_number";

    /// <summary>The columns a file may have: vicidial_list's lead fields.</summary>
    public static readonly IReadOnlyList<string> Columns = [PhoneNumber, "phone_code", .. VicidialLeadFields.AddLeadFields];

    private static readonly string[] PhoneColumns = [PhoneNumber, "alt_phone"];

    public async Task<LeadImportReport> ImportAsync(
        ClaimsPrincipal caller, long listId, Stream csv, DuplicateCheck duplicates, bool skipDoNotCall, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(csv);
        await gate.RequireAdminAsync(caller, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.LeadLists.AsNoTracking().SingleOrDefaultAsync(l => l.Id == listId, cancellationToken) is not { } list)
        {
            return LeadImportReport.Rejected($"There is no list {listId}.");
        }

        var content = await ReadUpToAsync(csv, MaxBytes + 1, cancellationToken);
        if (content.Length > MaxBytes)
        {
            return LeadImportReport.Rejected($"The file is larger than {MaxBytes / (1024 * 1024)} MB; split it into smaller files.");
        }

        using var reader = new StreamReader(new MemoryStream(content), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        await using var records = CsvRecords.ReadAsync(reader).GetAsyncEnumerator(cancellationToken);
        if (!await records.MoveNextAsync())
        {
            return LeadImportReport.Rejected($"The file is empty: it needs a header row naming the columns, with {PhoneNumber}.");
        }

        var header = records.Current.Fields.Select(h => h.Trim().ToLowerInvariant()).ToList();
        if (HeaderProblem(header) is { } headerProblem)
        {
            return LeadImportReport.Rejected(headerProblem);
        }

        var known = await KnownNumbersAsync(db, list, duplicates, cancellationToken);
        var doNotCall = skipDoNotCall
            ? (await db.DncNumbers.AsNoTracking().Where(d => d.CampaignId == null || d.CampaignId == list.CampaignId)
                .Select(d => d.PhoneNumber).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal)
            : [];
        var tally = new ImportTally(duplicates);
        var now = time.GetUtcNow();
        var leads = new List<Lead>();
        while (await records.MoveNextAsync())
        {
            if (tally.Rows++ >= MaxRows)
            {
                return LeadImportReport.Rejected($"The file has more than {MaxRows} rows; split it into smaller files.");
            }

            var (line, fields) = records.Current;
            if (tally.Check(line, header, fields, known, doNotCall) is { } details)
            {
                leads.Add(Lead.Create(listId, details, now));
            }
        }

        db.Leads.AddRange(leads);
        await db.SaveChangesAsync(cancellationToken);
        return tally.Report(leads.Count);
    }

    /// <summary>Each column must be a vicidial_list field, once, and phone_number must be one of them.</summary>
    private static string? HeaderProblem(IReadOnlyList<string> header)
    {
        var unknown = header.Where(h => !Columns.Contains(h, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            return $"Unknown column{(unknown.Count > 1 ? "s" : "")} {string.Join(", ", unknown.Select(u => $"'{u}'"))}. "
                + $"The header row names vicidial_list fields: {string.Join(", ", Columns)}.";
        }

        if (header.GroupBy(h => h, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            return $"The column {twice.Key} appears twice.";
        }

        return header.Contains(PhoneNumber) ? null : $"The header row needs a {PhoneNumber} column.";
    }

    private static async Task<HashSet<string>> KnownNumbersAsync(PortalDbContext db, LeadList list, DuplicateCheck check, CancellationToken cancellationToken)
    {
        if (check == DuplicateCheck.None)
        {
            return [];
        }

        var leads = check switch
        {
            DuplicateCheck.List => db.Leads.AsNoTracking().Where(l => l.ListId == list.Id),
            DuplicateCheck.Campaign => db.Leads.AsNoTracking().Where(l => db.LeadLists.Any(x => x.Id == l.ListId && x.CampaignId == list.CampaignId)),
            _ => db.Leads.AsNoTracking(),
        };
        return (await leads.Select(l => l.Details.PhoneNumber).Distinct().ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
    }

    private static async Task<byte[]> ReadUpToAsync(Stream stream, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < limit && (read = await stream.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - buffer.Length)), cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>Checks rows one by one and counts what happened to them.</summary>
    private sealed class ImportTally(DuplicateCheck duplicates)
    {
        private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);
        private readonly List<LeadImportRow> _skipped = [];
        private int _invalid;
        private int _duplicates;
        private int _doNotCall;

        public int Rows { get; set; }

        /// <summary>The row's lead details, or null when it is skipped (and reported).</summary>
        public LeadDetails? Check(int line, List<string> header, IReadOnlyList<string> fields, HashSet<string> known, HashSet<string> doNotCall)
        {
            if (fields.Count != header.Count)
            {
                return Skip(ref _invalid, line, null, $"The row has {fields.Count} fields; the header has {header.Count}.");
            }

            var values = header.Zip(fields, (name, value) => new KeyValuePair<string, string>(
                name, PhoneColumns.Contains(name) ? CleanPhone(value) : value)).ToList();
            if (values.Single(v => v.Key == PhoneNumber).Value.Length == 0)
            {
                return Skip(ref _invalid, line, PhoneNumber, "The phone number is missing.");
            }

            var edit = VicidialLeadFields.Apply(new LeadDetails(), values);
            if (edit.Problem is { } problem)
            {
                return Skip(ref _invalid, line, problem.Field, problem.Message);
            }

            var phone = edit.Details.PhoneNumber;
            if (doNotCall.Contains(phone))
            {
                return Skip(ref _doNotCall, line, PhoneNumber, $"{phone} is on the do-not-call list.");
            }

            if (duplicates != DuplicateCheck.None)
            {
                if (_seen.TryGetValue(phone, out var first))
                {
                    return Skip(ref _duplicates, line, PhoneNumber, $"{phone} is already on line {first} of this file.");
                }

                _seen[phone] = line;
                if (known.Contains(phone))
                {
                    return Skip(ref _duplicates, line, PhoneNumber, $"{phone} is already in the {Scope()}.");
                }
            }

            return edit.Details;
        }

        public LeadImportReport Report(int imported) => new(null, Rows, imported, _invalid, _duplicates, _doNotCall, _skipped);

        private LeadDetails? Skip(ref int counter, int line, string? field, string message)
        {
            counter++;
            if (_skipped.Count < MaxReportedRows)
            {
                _skipped.Add(new LeadImportRow(line, field, message));
            }

            return null;
        }

        private string Scope() => duplicates switch
        {
            DuplicateCheck.List => "list",
            DuplicateCheck.Campaign => "campaign's lists",
            _ => "system",
        };

        private static string CleanPhone(string value) => PhoneNumberText.Clean(value);
    }
}
