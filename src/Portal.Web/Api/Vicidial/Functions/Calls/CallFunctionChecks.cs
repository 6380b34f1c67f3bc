namespace Portal.Web.Api.Vicidial.Functions.Calls;

using Portal.Domain.Sessions;

/// <summary>Checks and lines the call functions share.</summary>
internal static class CallFunctionChecks
{
    /// <summary>VICIdial's "no agent": agent_user empty and alt_user shorter than 2 characters.</summary>
    public static bool NamesNoAgent(this VicidialCall call) => call.Parameters.AgentUser.Length == 0 && call.Parameters.AltUser.Length < 2;

    /// <summary>The lead on the agent's screen (VICIdial's vicidial_live_agents.lead_id): the call's, or the previewed one.</summary>
    public static long? LeadOnScreen(this SessionSnapshot session) => session.Call?.LeadId ?? session.PreviewLeadId;

    /// <summary>The customer call the agent is talking on (answered, not yet hung up), or null.</summary>
    public static ActiveCall? LiveCall(this SessionSnapshot? session) =>
        session is { State: AgentState.InCall, Call: { } call } && !call.Has(CallFlags.Ringing) ? call : null;

    /// <summary>The dialled call that still rings (the agent INCALL, the lead on the screen, the customer not yet there), or null.</summary>
    public static ActiveCall? RingingCall(this SessionSnapshot? session) =>
        session is { State: AgentState.InCall, Call: { } call } && call.Has(CallFlags.Ringing) ? call : null;

    /// <summary><c>ERROR: agent_user does not have a live call - {agent_user}</c>.</summary>
    public static void NoLiveCall(this VicidialCall call) => call.Reply.Error("agent_user does not have a live call", call.AgentUser);

    /// <summary>A NOTICE line: processing continues, and it is audited as NOTICE.</summary>
    public static void Notice(this VicidialReply reply, string reason, string details, string data = "") =>
        reply.Text($"NOTICE: {reason} - {details}", "NOTICE", end: false, data: data, reason: reason);

    /// <summary>The P check's variant that prints another field first (vm_message: the lead_id).</summary>
    public static bool HasPermission(this VicidialCall call, string firstField)
    {
        if (call.Auth.Permissions.Allows(call.Function))
        {
            return true;
        }

        call.Reply.Error(
            "auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION", $"{firstField}|{call.Parameters.User}|{call.Function}|{call.Auth.UserGroup}", end: true);
        return false;
    }
}
