namespace Portal.Web.Api.Vicidial.Functions.Notifications;

using Microsoft.AspNetCore.Identity;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Identity;

/// <summary>
/// set_timer_action: a one-off timed action for the agent's current call (or next call, when not on one).
/// Contract §3.17. What each value does in Portal:
/// MESSAGE_ONLY shows the notes when the call time reaches rank seconds;
/// WEBFORM and WEBFORM2 show the notes then too (Portal has one web form, opened by the agent from the lead panel;
/// it does not pop windows); D1_DIAL…D5_DIAL show the notes (Portal has no transfer-conference presets to dial);
/// NONE, or any other value, clears a pending timer, as VICIdial's screen ignores values it does not know.
/// </summary>
internal sealed class SetTimerActionFunction(IAgentTimers timers, IServiceScopeFactory scopes) : IVicidialFunction
{
    private static readonly HashSet<string> Actions =
        ["MESSAGE_ONLY", "WEBFORM", "WEBFORM2", "D1_DIAL", "D2_DIAL", "D3_DIAL", "D4_DIAL", "D5_DIAL"];

    /// <summary>A longer timer could never fire on a real call; it also keeps the delay within what a timer can wait.</summary>
    private const int MaxSeconds = 24 * 60 * 60;

    public string Name => "set_timer_action";

    public async Task RunAsync(VicidialCall call)
    {
        var (value, agentUser, user) = (call.Value, call.AgentUser, call.Parameters.User);
        if (agentUser.Length == 0 || value.Length < 2)
        {
            var invalid = $"{agentUser}|{value}";
            call.Reply.Error("set_timer_action not valid", invalid, data: invalid);
            return;
        }

        if (!call.HasPermission() || !call.IsAgentLoggedIn())
        {
            return;
        }

        if (!await MayModifyCampaignsAsync(call))
        {
            call.Reply.Error("user is not allowed to modify campaign settings", $"{agentUser}|{user}");
            return;
        }

        var (notes, rank) = (call.Parameters["notes"], call.Parameters["rank"]);
        if (Actions.Contains(value))
        {
            await timers.SetForAgentAsync(agentUser, Seconds(rank), notes.Length > 0 ? notes : $"Timer action {value}");
        }
        else
        {
            await timers.ClearForAgentAsync(agentUser);
        }

        var detail = $"{user}|{agentUser}|{value}|{notes}|{rank}";
        call.Reply.Success("set_timer_action lead updated", detail, data: detail);
    }

    /// <summary>VICIdial's modify_campaigns of the API user, read fresh (it is not part of the cached credentials).</summary>
    private async Task<bool> MayModifyCampaignsAsync(VicidialCall call)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var apiUser = await users.FindByNameAsync(call.Auth.UserName ?? call.Parameters.User);
        return apiUser is { ModifyCampaigns: true };
    }

    private static int Seconds(string digits)
    {
        var trimmed = digits.TrimStart('0');
        return trimmed.Length == 0 ? 0 : trimmed.Length > 5 ? MaxSeconds : Math.Min(MaxSeconds, int.Parse(trimmed, System.Globalization.CultureInfo.InvariantCulture));
    }
}
