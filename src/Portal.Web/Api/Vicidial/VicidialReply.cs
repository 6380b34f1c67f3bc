namespace Portal.Web.Api.Vicidial;

using System.Text;

/// <summary>
/// The response being built: VICIdial's text lines, whether a line ended the request (‡ in the contract),
/// and the audit row each ERROR/SUCCESS/NOTICE line writes.
/// </summary>
internal sealed class VicidialReply
{
    private readonly StringBuilder _body = new();
    private readonly List<AuditLine> _audit = [];

    public bool Ended { get; private set; }

    public int StatusCode { get; private set; } = StatusCodes.Status200OK;

    public string Body => _body.ToString();

    /// <summary>
    /// Plain text: integrations read the lines, and a browser shown an echoed value must never run it as markup.
    /// Only webphone_url's LAUNCH page, built from settings alone, is HTML (it redirects the agent's browser).
    /// </summary>
    public string ContentType { get; private set; } = PlainText;

    public const string PlainText = "text/plain; charset=utf-8";

    public void MarkAsHtmlPage() => ContentType = "text/html; charset=utf-8";

    public IReadOnlyList<AuditLine> AuditLines => _audit;

    /// <summary><c>ERROR: {reason} - {details}</c>; <paramref name="end"/> stops the request (‡).</summary>
    public void Error(string reason, string? details, bool end = false, string data = "") =>
        Line("ERROR", reason, details, end, data);

    /// <summary>
    /// The database could not be reached, so nothing was done: whatever the function had written is replaced by one
    /// line the integration can act on (send it again later).
    /// </summary>
    public void DatabaseUnavailable()
    {
        _body.Clear();
        _audit.Clear();
        StatusCode = StatusCodes.Status200OK;
        ContentType = PlainText;
        Error(UnavailableReason, "try again later", end: true);
    }

    public const string UnavailableReason = "database unavailable";

    public void Success(string reason, string? details, string data = "") => Line("SUCCESS", reason, details, end: false, data);

    /// <summary>A line that is not ERROR/SUCCESS/NOTICE shaped (version), logged with the given result.</summary>
    /// <remarks><paramref name="multiLine"/>: a block Portal writes itself (webserver's report), never an echoed value.</remarks>
    public void Text(
        string text,
        string result,
        bool end,
        string data = "",
        bool lineFeed = true,
        int statusCode = StatusCodes.Status200OK,
        string reason = "",
        bool multiLine = false)
    {
        _body.Append(multiLine ? text : OneLine(text));
        if (lineFeed)
        {
            _body.Append('\n');
        }

        StatusCode = statusCode;
        Ended |= end;
        _audit.Add(new AuditLine(result, reason, data));
    }

    /// <summary>Text VICIdial prints without an audit row (send_notification's recipient-type and date notices).</summary>
    public void Unlogged(string text, bool lineFeed = true)
    {
        _body.Append(OneLine(text));
        if (lineFeed)
        {
            _body.Append('\n');
        }
    }

    /// <summary>VICIdial's close_window_link, shown only when no line ended the request.</summary>
    public void AppendCloseWindowLink(string language)
    {
        var text = language == "es" ? "Cerrar esta ventana" : "Close This Window";
        _body.Append('\n').Append("<a href=\"javascript:window.opener='x';window.close();\">").Append(text).Append("</a>\n");
    }

    private void Line(string result, string reason, string? details, bool end, string data)
    {
        _body.Append(result).Append(": ").Append(OneLine(reason));
        if (details is not null)
        {
            _body.Append(" - ").Append(OneLine(details));
        }

        _body.Append('\n');
        Ended |= end;
        _audit.Add(new AuditLine(result, reason, data));
    }

    /// <summary>
    /// An echoed value never starts a reply line of its own: integrations read the body line by line, so a CR or LF
    /// sent inside stage or vendor_id would otherwise forge a SUCCESS line. Each becomes a space.
    /// </summary>
    internal static string OneLine(string text) =>
        text.AsSpan().IndexOfAny('\r', '\n') < 0 ? text : text.Replace('\r', ' ').Replace('\n', ' ');

    internal sealed record AuditLine(string Result, string Reason, string Data);
}
