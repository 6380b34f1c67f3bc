namespace Portal.Web.Api.Vicidial;

using Portal.Domain.Sessions;
using Portal.Infrastructure.Identity;
using Portal.Infrastructure.Sessions;
using Portal.Infrastructure.Supervision;

/// <summary>One request to /agc/api.php while it runs: its parameters, its caller, its reply, and the shared checks.</summary>
internal sealed class VicidialCall(VicidialParameters parameters, long epoch, SessionRuntime sessions, AltUserDirectory altUsers)
{
    public VicidialParameters Parameters { get; } = parameters;

    /// <summary>Unix seconds at request start.</summary>
    public long Epoch { get; } = epoch;

    public VicidialReply Reply { get; } = new();

    public ApiAuthResult Auth { get; set; } = ApiAuthResult.Failed(ApiAuthCode.Bad);

    /// <summary>
    /// The target agent: agent_user, or the user alt_user resolves to. Also the audit row's agent_user, which a
    /// function may set (send_notification logs its recipient there).
    /// </summary>
    public string AgentUser { get; set; } = parameters.AgentUser;

    public string Function => Parameters.Function;

    /// <summary>The value as logged; functions may rewrite it.</summary>
    public string Value { get; set; } = parameters.Value;

    public SessionRuntime Sessions { get; } = sessions;

    /// <summary>The agents and campaigns the API user may act on (the screens' and REST's supervisor scope).</summary>
    public SupervisorScope Scope { get; set; } = SupervisorScope.Nothing;

    /// <summary>Step P: the API user's allowed-functions list must name this function (or ALL_FUNCTIONS).</summary>
    public bool HasPermission()
    {
        if (Auth.Permissions.Allows(Function))
        {
            return true;
        }

        Reply.Error("auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION", $"{Value}|{Parameters.User}|{Function}|{Auth.UserGroup}", end: true);
        return false;
    }

    /// <summary>
    /// Step A: alt_user (the CRM's agent id, VICIdial's custom_three) replaces agent_user when it resolves.
    /// <paramref name="stage"/>: audio_playback's variant prints and logs <c>{stage}|{alt_user}</c> (contract §3.10).
    /// </summary>
    public async Task ResolveAltUserAsync(string? stage = null)
    {
        if (Parameters.AltUser.Length < 2)
        {
            return;
        }

        var resolved = await altUsers.FindAgentAsync(Parameters.AltUser);
        if (resolved is null)
        {
            var details = stage is null ? Parameters.AltUser : $"{stage}|{Parameters.AltUser}";
            Reply.Error("no user found", details, data: stage is null ? "" : details);
            return;
        }

        AgentUser = resolved;
    }

    /// <summary>
    /// Step L: the agent must have a live session. <paramref name="stage"/>: audio_playback's variant prints
    /// <c>{stage}|{agent_user}</c> and logs <c>{stage}</c> (contract §3.10).
    /// </summary>
    public bool IsAgentLoggedIn(string? stage = null)
    {
        if (Sessions.Find(AgentUser) is { } session)
        {
            return MayControl(AgentUser, session);
        }

        var details = stage is null ? AgentUser : $"{stage}|{AgentUser}";
        Reply.Error(Portal.Domain.Sessions.Refusal.NotLoggedIn.Reason, details, data: stage ?? "");
        return false;
    }

    /// <summary>
    /// The supervisor scope (step L's companion, a Portal addition the contract recommends in §2.9): an agent in a user
    /// group, or working in a campaign, the API user may not reach is refused in send_notification's words.
    /// </summary>
    public bool MayControl(string agentUser, SessionSnapshot? session)
    {
        if (Scope.RefusalFor(agentUser, session) is not { } refusal)
        {
            return true;
        }

        var what = refusal.Kind == ScopeRefusalKind.Campaign ? "CAMPAIGN" : "USER GROUP";
        Reply.Error($"ACCESS TO {what} {refusal.Id} NOT ALLOWED FOR USER {Parameters.User}", $"{Value}|{agentUser}", end: true);
        return false;
    }

    /// <summary>Runs P, A and L in VICIdial's order; false when one of them answered.</summary>
    public async Task<bool> PassesCommonChecksAsync()
    {
        if (!HasPermission())
        {
            return false;
        }

        await ResolveAltUserAsync();
        return IsAgentLoggedIn();
    }
}
