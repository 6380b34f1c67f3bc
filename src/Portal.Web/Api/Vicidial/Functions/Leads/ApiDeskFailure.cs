namespace Portal.Web.Api.Vicidial.Functions.Leads;

/// <summary>
/// The line for an action VICIdial would only have queued but Portal carries out at once and could not (a number on
/// a do-not-call list, no lead left to preview): <c>ERROR: {function} failed - {agent_user}|{value}|{reason}</c> ‡.
/// </summary>
internal static class ApiDeskFailure
{
    public static void Failed(this VicidialCall call, string value, string reason)
    {
        var details = $"{call.AgentUser}|{value}|{reason}";
        call.Reply.Error($"{call.Function} failed", details, end: true, data: details);
    }
}
