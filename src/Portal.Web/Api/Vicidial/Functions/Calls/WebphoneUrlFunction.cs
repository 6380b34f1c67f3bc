namespace Portal.Web.Api.Vicidial.Functions.Calls;

using Microsoft.Extensions.Options;
using Portal.Infrastructure;

/// <summary>
/// webphone_url: the agent's webphone address, shown (DISPLAY) or as a redirect page (LAUNCH). Contract §3.8. The
/// address comes from the template Portal:AgentApi:WebphoneUrl ({user}, {phone}); VICIdial stores one per session.
/// </summary>
internal sealed class WebphoneUrlFunction(IOptionsMonitor<PortalOptions> options) : IVicidialFunction
{
    /// <summary>VICIdial treats a URL of this many characters or fewer as empty.</summary>
    public const int MaxEmptyLength = 5;

    public string Name => "webphone_url";

    public async Task RunAsync(VicidialCall call)
    {
        var value = call.Value;
        if (value is not ("DISPLAY" or "LAUNCH") || call.NamesNoAgent())
        {
            call.Reply.Error("webphone_url not valid", $"{value}|{call.AgentUser}");
            return;
        }

        if (!await call.PassesCommonChecksAsync() || call.Sessions.Find(call.AgentUser) is not { } session)
        {
            return;
        }

        var url = options.CurrentValue.AgentApi.WebphoneUrl
            .Replace("{user}", Uri.EscapeDataString(call.AgentUser), StringComparison.Ordinal)
            .Replace("{phone}", Uri.EscapeDataString(session.PhoneLogin), StringComparison.Ordinal);
        if (url.Length <= MaxEmptyLength)
        {
            call.Reply.Error("webphone_url error - webphone url is empty", call.AgentUser);
            return;
        }

        if (value == "DISPLAY")
        {
            call.Reply.Text(url, "NOTICE", end: false, lineFeed: false, reason: "webphone_url active and displayed");
            return;
        }

        var page = string.Join(
            '\n',
            $"<META HTTP-EQUIV=Refresh CONTENT=\"0; URL={url}\">",
            "</HEAD>",
            "<BODY BGCOLOR=#FFFFFF marginheight=0 marginwidth=0 leftmargin=0 topmargin=0>",
            $"<a href=\"{url}\">click here to continue. . .</a>",
            "</BODY>");
        call.Reply.Text(page, "NOTICE", end: false, reason: "webphone_url active and launched", multiLine: true);
        call.Reply.MarkAsHtmlPage();
    }
}
