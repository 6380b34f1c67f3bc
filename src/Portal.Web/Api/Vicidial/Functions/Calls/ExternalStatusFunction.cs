namespace Portal.Web.Api.Vicidial.Functions.Calls;

using Portal.Domain.Callbacks;
using Portal.Infrastructure.AgentApi.Calls;
using Portal.Infrastructure.Calls;

/// <summary>
/// external_status: the disposition of the agent's call, with an optional scheduled callback. Applied at once on the
/// disposition screen, otherwise when the call reaches it. Contract §3.4.
/// </summary>
internal sealed class ExternalStatusFunction(ICallDesk desk, PendingDispositions dispositions, TimeProvider time) : IVicidialFunction
{
    public string Name => "external_status";

    public async Task RunAsync(VicidialCall call)
    {
        var status = call.Value;
        if (status.Length == 0 || call.NamesNoAgent())
        {
            NotValid(call);
            return;
        }

        if (!await call.PassesCommonChecksAsync())
        {
            return;
        }

        if (call.Sessions.Find(call.AgentUser) is not { } session)
        {
            call.Reply.Error(Portal.Domain.Sessions.Refusal.NotLoggedIn.Reason, call.AgentUser);
            return;
        }

        var p = call.Parameters;
        var known = (await desk.StatusesAsync(session.CampaignId)).FirstOrDefault(s => s.Code == status);
        var dateTime = p["callback_datetime"];
        var withCallback = dateTime.Length >= ExternalStatusCallback.MinDateTimeLength && known?.IsScheduledCallback == true;
        var type = ExternalStatusCallback.TypeOrDefault(p["callback_type"]);
        var comments = p["callback_comments"];
        comments = comments.Length > Callback.MaxCommentsLength ? comments[..Callback.MaxCommentsLength] : comments;

        // VICIdial's composite value: {status}!{datetime}!{type}!{comments}! with the QM code after it.
        var qm = p["qm_dispo_code"];
        var value = withCallback ? $"{status}!{dateTime}!{type}!{comments}!" : status;
        if (qm.Length > 0)
        {
            value = withCallback ? value + qm : $"{value}!!!!{qm}";
        }

        call.Value = value;

        // Portal checks what VICIdial leaves to the screen: a status the agent may choose, and a callback for a callback status.
        var callback = withCallback ? ExternalStatusCallback.Read(dateTime, type, comments, time) : null;
        if (known is null || (known.IsScheduledCallback && callback is null))
        {
            NotValid(call);
            return;
        }

        var applied = await dispositions.SetAsync(call.AgentUser, new ApiDisposition(status, callback));
        if (applied is { Succeeded: false })
        {
            NotValid(call);
            return;
        }

        call.Reply.Success("external_status function set", $"{value}|{call.AgentUser}");
    }

    private static void NotValid(VicidialCall call) => call.Reply.Error("external_status not valid", $"{call.Value}|{call.AgentUser}");
}
