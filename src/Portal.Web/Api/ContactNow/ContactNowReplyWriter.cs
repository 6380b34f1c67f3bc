namespace Portal.Web.Api.ContactNow;

using System.Globalization;
using System.Text;
using System.Text.Json;

/// <summary>
/// Writes a reply as JSON (<c>{"success":true,"account_id":"10278"}</c>) or as the contract's XML document in
/// ISO-8859-1, where success is 1 or 0 and characters outside Latin-1 become character references.
/// </summary>
internal static class ContactNowReplyWriter
{
    public static (string ContentType, byte[] Body) Render(ContactNowReply reply, ContactNowFormat format) =>
        format == ContactNowFormat.Xml
            ? ("text/xml; charset=ISO-8859-1", Encoding.Latin1.GetBytes(Xml(reply)))
            : ("application/json; charset=utf-8", Json(reply));

    private static byte[] Json(ContactNowReply reply)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteBoolean("success", reply.Success);
            foreach (var (name, value) in Fields(reply))
            {
                if (value is long or int)
                {
                    json.WriteNumber(name, Convert.ToInt64(value, CultureInfo.InvariantCulture));
                }
                else
                {
                    json.WriteString(name, (string)value);
                }
            }

            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static string Xml(ContactNowReply reply)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<result>\n");
        xml.Append("    <success>").Append(reply.Success ? '1' : '0').Append("</success>\n");
        foreach (var (name, value) in Fields(reply))
        {
            var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
            xml.Append("    <").Append(name).Append('>').Append(Escape(text)).Append("</").Append(name).Append(">\n");
        }

        return xml.Append("</result>\n").ToString();
    }

    private static IEnumerable<(string Name, object Value)> Fields(ContactNowReply reply)
    {
        if (reply.AccountId is not null)
        {
            yield return ("account_id", reply.AccountId);
        }

        if (reply.Token is not null)
        {
            yield return ("token", reply.Token);
        }

        if (reply.Expire is { } expire)
        {
            yield return ("expire", expire);
        }

        if (reply.Total is { } total)
        {
            yield return ("total", total);
        }

        if (reply.Key is not null)
        {
            yield return ("key", reply.Key);
        }

        if (reply.Error is not null)
        {
            yield return ("error", reply.Error);
        }
    }

    /// <summary>XML-escapes text for a Latin-1 document; characters XML 1.0 does not allow are dropped.</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': escaped.Append("&amp;"); break;
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '"': escaped.Append("&quot;"); break;
                case '\'': escaped.Append("&apos;"); break;
                case '\t' or '\n' or '\r': escaped.Append(c); break;
                case < ' ': break;
                case <= '\u00FF': escaped.Append(c); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        escaped.Append("&#").Append(char.ConvertToUtf32(c, text[++i]).ToString(CultureInfo.InvariantCulture)).Append(';');
                    }
                    else if (!char.IsSurrogate(c) && c is not ('\uFFFE' or '\uFFFF'))
                    {
                        escaped.Append("&#").Append(((int)c).ToString(CultureInfo.InvariantCulture)).Append(';');
                    }

                    break;
            }
        }

        return escaped.ToString();
    }
}
