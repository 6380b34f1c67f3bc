namespace Portal.Infrastructure.Agents;

using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Campaigns;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Sessions;
using Portal.Infrastructure.Telephony;

/// <summary>What the agent screen asks of the server: the campaigns an agent may work, their pause codes, and login.</summary>
public sealed class AgentDesk(IDbContextFactory<PortalDbContext> contexts, SessionRuntime sessions, SessionEventBus bus, ITelephonyCommands telephony)
{
    private const string DefaultInGroupsClaim = "portal:default_ingroups";
    private const string DefaultBlendedClaim = "portal:default_blended";

    /// <summary>The agent's live session, or null when logged out.</summary>
    public SessionSnapshot? Current(string agentUser) => sessions.Find(agentUser);

    /// <summary>Every change of this agent's session, pushed as it happens; dispose to stop.</summary>
    public IDisposable Watch(string agentUser, Action<SessionChange> onChange) => bus.SubscribeAgent(agentUser, onChange);

    /// <summary>The agent's own actions go through the same command path as supervisors and APIs.</summary>
    public Task<CommandOutcome> SendAsync(string agentUser, AgentCommand command) => sessions.SendAsync(agentUser, command);

    /// <summary>
    /// For a screen: null when the command was done, else why not in words: its refusal, or
    /// <see cref="DatabaseOutage.Message"/> when it could not be stored (then it was undone; the person may try again).
    /// </summary>
    public async Task<string?> SendFromScreenAsync(string agentUser, AgentCommand command)
    {
        try
        {
            return (await sessions.SendAsync(agentUser, command)).Refusal?.Reason;
        }
        catch (Exception e) when (DatabaseOutage.Caused(e))
        {
            return DatabaseOutage.Message;
        }
    }

    public async Task<IReadOnlyList<CampaignChoice>> CampaignsForAsync(string agentUser, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.UserName == agentUser, cancellationToken);
        if (user is null || !user.Active || user.ApiOnly)
        {
            return [];
        }

        var group = await db.UserGroups.AsNoTracking().SingleOrDefaultAsync(g => g.Id == user.UserGroupId, cancellationToken);
        var campaigns = await db.Campaigns.AsNoTracking().Where(c => c.Active).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var activeInGroups = (await db.InGroups.AsNoTracking().Where(g => g.Active).Select(g => g.Id).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        return [.. campaigns
            .Where(c => group is not null && group.Allows(c.Id))
            .Select(c => new CampaignChoice(c.Id, c.Name, c.DialMethod, c.PauseCodes,
                [.. c.InGroups.Select(g => g.InGroupId).Where(activeInGroups.Contains).Order(StringComparer.Ordinal)]))];
    }

    public async Task<CampaignProfile?> ProfileAsync(string campaignId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == campaignId, cancellationToken);
        if (campaign is null)
        {
            return null;
        }

        var ids = campaign.InGroups.Select(g => g.InGroupId).ToList();
        var inGroups = await db.InGroups.AsNoTracking().Where(g => ids.Contains(g.Id) && g.Active).OrderBy(g => g.Id)
            .Select(g => new InGroupChoice(g.Id, g.Name, g.Color)).ToListAsync(cancellationToken);
        return new CampaignProfile(campaign.Id, campaign.Name, campaign.DialMethod, campaign.PauseCodes, campaign.Recording,
            campaign.Script, campaign.WebFormUrl, campaign.AltPhoneDialAllowed, inGroups)
        {
            PreviewDial = campaign.PreviewDial,
            Hotkeys = campaign.Hotkeys.ToDictionary(h => h.Key, h => h.StatusCode, StringComparer.Ordinal),
            CallbackUserOnlyDefault = campaign.CallbackUserOnlyDefault,
            DispositionOneKey = campaign.DispositionOneKey,
        };
    }

    /// <summary>The agent's full name, for scripts.</summary>
    public async Task<string> FullNameAsync(string agentUser, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Users.Where(u => u.UserName == agentUser).Select(u => u.FullName).SingleOrDefaultAsync(cancellationToken) ?? agentUser;
    }

    /// <summary>Selects the in-groups the agent takes calls from (only the campaign's) and whether they also take outbound.</summary>
    public async Task<CommandOutcome> ChangeInGroupsAsync(string agentUser, IReadOnlyList<string> inGroups, bool blended, CancellationToken cancellationToken = default)
    {
        var session = sessions.Find(agentUser);
        if (session is null)
        {
            return CommandOutcome.NotLoggedIn;
        }

        var profile = await ProfileAsync(session.CampaignId, cancellationToken);
        var allowed = inGroups.Where(g => profile?.InGroups.Any(i => i.Id == g) == true).ToList();
        if (allowed.Count != inGroups.Count)
        {
            return new CommandOutcome(CommandResult.Refused(new Refusal(RefusalKind.NotAllowed, "Choose only in-groups of your campaign.")), session);
        }

        return await sessions.SendAsync(agentUser, new ChangeInGroups(allowed, blended));
    }

    /// <summary>
    /// Stores the in-groups and blended choice an agent starts with when a login does not choose them (VICIdial's
    /// closer_campaigns and closer_default_blended, set by change_ingroups with set_as_default). Kept as user claims.
    /// </summary>
    public async Task<bool> SaveDefaultInGroupsAsync(string agentUser, IReadOnlyList<string> inGroups, bool blended, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var userId = await db.Users.Where(u => u.UserName == agentUser).Select(u => u.Id).SingleOrDefaultAsync(cancellationToken);
        if (userId is null)
        {
            return false;
        }

        db.UserClaims.RemoveRange(db.UserClaims.Where(c => c.UserId == userId && (c.ClaimType == DefaultInGroupsClaim || c.ClaimType == DefaultBlendedClaim)));
        db.UserClaims.Add(new IdentityUserClaim<string> { UserId = userId, ClaimType = DefaultInGroupsClaim, ClaimValue = string.Join(' ', inGroups) });
        db.UserClaims.Add(new IdentityUserClaim<string> { UserId = userId, ClaimType = DefaultBlendedClaim, ClaimValue = blended ? "Y" : "N" });
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The agent's stored default in-groups and blended choice, or null when none were stored.</summary>
    public async Task<(IReadOnlyList<string> InGroups, bool Blended)?> DefaultInGroupsAsync(string agentUser, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var claims = await (from u in db.Users
                            join c in db.UserClaims on u.Id equals c.UserId
                            where u.UserName == agentUser && (c.ClaimType == DefaultInGroupsClaim || c.ClaimType == DefaultBlendedClaim)
                            select new { c.ClaimType, c.ClaimValue }).ToListAsync(cancellationToken);
        var inGroups = claims.FirstOrDefault(c => c.ClaimType == DefaultInGroupsClaim)?.ClaimValue;
        if (inGroups is null)
        {
            return null;
        }

        return ([.. inGroups.Split(' ', StringSplitOptions.RemoveEmptyEntries)], claims.Any(c => c.ClaimType == DefaultBlendedClaim && c.ClaimValue == "Y"));
    }

    public async Task<IReadOnlyList<PauseCodeChoice>> PauseCodesForAsync(string campaignId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.PauseCodes.AsNoTracking()
            .Where(p => p.Active && (p.CampaignId == null || p.CampaignId == campaignId) && !PauseCodeRules.SystemCodes.Contains(p.Code))
            .OrderBy(p => p.Code)
            .Select(p => new PauseCodeChoice(p.Code, p.Name))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Logs the agent in to a campaign they may work: rings their phone into the session, selects the in-groups they
    /// chose (all of the campaign's when none are given) and lands them PAUSED (LOGIN).
    /// </summary>
    public async Task<LoginOutcome> LogInAsync(
        string agentUser, string campaignId, string phoneLogin, IReadOnlyList<string>? inGroups = null, bool? blended = null,
        CancellationToken cancellationToken = default)
    {
        if (!AgentLogin.IsValidPhoneLogin(phoneLogin))
        {
            return new LoginOutcome(null, new Refusal(RefusalKind.InvalidLogin, "Enter your phone login: an extension or a phone number."));
        }

        var campaign = (await CampaignsForAsync(agentUser, cancellationToken)).FirstOrDefault(c => c.Id == campaignId);
        if (campaign is null)
        {
            return new LoginOutcome(null, new Refusal(RefusalKind.NotAllowed, $"You may not log in to campaign {campaignId}."));
        }

        // Without a choice, the agent's stored defaults (of this campaign's in-groups), else all the campaign's.
        var defaults = inGroups is null || blended is null ? await DefaultInGroupsAsync(agentUser, cancellationToken) : null;
        var chosen = inGroups ?? (defaults is { } d ? [.. d.InGroups.Where(campaign.InGroups.Contains)] : campaign.InGroups);
        blended ??= defaults?.Blended;
        if (chosen.Any(g => !campaign.InGroups.Contains(g)))
        {
            return new LoginOutcome(null, new Refusal(RefusalKind.NotAllowed, "Choose only in-groups of your campaign."));
        }

        bool answered;
        try
        {
            answered = await telephony.RingAgentPhoneAsync(agentUser, phoneLogin.Trim(), cancellationToken);
        }
        catch (TelephonyException ex)
        {
            return new LoginOutcome(null, new Refusal(RefusalKind.InvalidLogin, ex.UserMessage));
        }

        if (!answered)
        {
            return new LoginOutcome(null, new Refusal(RefusalKind.InvalidLogin, $"Your phone {phoneLogin} did not answer; check the phone login and try again."));
        }

        var isManual = campaign.DialMethod != DialMethod.Ratio;
        return await sessions.LogInAsync(new AgentLogin(agentUser, campaign.Id, isManual, phoneLogin.Trim(), chosen, Blended: !isManual && (blended ?? true)));
    }
}
