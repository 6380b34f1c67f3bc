namespace Portal.Web.Api.Vicidial.Functions.Calls;

using System.Globalization;

/// <summary>
/// The checks force_fronter_leave_3way and force_fronter_audio_stop share (contract §3.28–3.29). CCC_REMOTE is the
/// request another cluster sends with its lead_id; Portal answers it from its own agents. Portal has no cross-cluster
/// links of its own, so LOCAL_AND_CCC searches this Portal only, as LOCAL_ONLY does.
/// </summary>
internal static class FronterRequest
{
    public const string CccRemote = "CCC_REMOTE";

    private static readonly string[] Values = ["LOCAL_ONLY", "LOCAL_AND_CCC", CccRemote];

    /// <summary>Runs checks 1 to 3: the lead to search on, or false when a line was printed.</summary>
    public static async Task<(bool Passed, long LeadId)> CheckAsync(VicidialCall call)
    {
        if (!Values.Contains(call.Value) || call.NamesNoAgent())
        {
            call.Reply.Error($"{call.Function} not valid", $"{call.Value}|{call.AgentUser}");
            return (false, 0);
        }

        if (!call.HasPermission())
        {
            return (false, 0);
        }

        await call.ResolveAltUserAsync();
        var remote = call.Value == CccRemote;
        if (!remote && !call.IsAgentLoggedIn())
        {
            return (false, 0);
        }

        var ownLead = call.Sessions.Find(call.AgentUser)?.LeadOnScreen();
        var leadIdParameter = call.Parameters["lead_id"];
        if (ownLead is not > 0 && !(remote && leadIdParameter.Length > 0))
        {
            call.Reply.Error("agent_user is not on a phone call", call.AgentUser);
            return (false, 0);
        }

        // CCC_REMOTE searches the lead it was given (no lead has id 0, so an unusable one finds nobody).
        var leadId = !remote ? ownLead!.Value
            : long.TryParse(leadIdParameter, NumberStyles.None, CultureInfo.InvariantCulture, out var given) ? given : 0;
        return (true, leadId);
    }

    /// <summary><c>ERROR: no fronter found - {agent_user}</c>.</summary>
    public static void NoFronter(VicidialCall call) => call.Reply.Error("no fronter found", call.AgentUser);
}
