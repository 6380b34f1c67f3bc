namespace Portal.Infrastructure.Admin.Leads;

using System.Text;

/// <summary>
/// Reads CSV as RFC 4180 describes it: comma-separated fields, optionally in double quotes (which may hold commas, line
/// breaks and "" for a quote). Each record comes with the line it starts on, for error reports.
/// </summary>
internal static class CsvRecords
{
    public static async IAsyncEnumerable<(int Line, IReadOnlyList<string> Fields)> ReadAsync(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var startLine = 1;
        var quoted = false;
        var atFieldStart = true;
        var any = false;
        var buffer = new char[8192];
        int read;
        var pendingQuote = false;
        var pendingCr = false;
        while ((read = await reader.ReadAsync(buffer)) > 0)
        {
            for (var i = 0; i < read; i++)
            {
                var c = buffer[i];
                if (pendingCr)
                {
                    pendingCr = false;
                    if (c == '\n')
                    {
                        continue;
                    }
                }

                if (quoted)
                {
                    if (pendingQuote)
                    {
                        pendingQuote = false;
                        if (c == '"')
                        {
                            field.Append('"');
                            continue;
                        }

                        quoted = false;
                    }
                    else if (c == '"')
                    {
                        pendingQuote = true;
                        continue;
                    }
                    else
                    {
                        line += c == '\n' ? 1 : 0;
                        field.Append(c);
                        continue;
                    }
                }

                switch (c)
                {
                    case '"' when atFieldStart:
                        quoted = true;
                        atFieldStart = false;
                        any = true;
                        break;
                    case ',':
                        fields.Add(field.ToString());
                        field.Clear();
                        atFieldStart = true;
                        any = true;
                        break;
                    case '\r' or '\n':
                        pendingCr = c == '\r';
                        if (any || field.Length > 0)
                        {
                            fields.Add(field.ToString());
                            yield return (startLine, fields);
                        }

                        fields = [];
                        field.Clear();
                        atFieldStart = true;
                        any = false;
                        line++;
                        startLine = line;
                        break;
                    default:
                        field.Append(c);
                        atFieldStart = false;
                        any = true;
                        break;
                }
            }
        }

        if (any || field.Length > 0 || quoted)
        {
            fields.Add(field.ToString());
            yield return (startLine, fields);
        }
    }
}
