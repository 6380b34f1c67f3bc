namespace Portal.IntegrationTests;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Campaigns;
using Portal.Domain.Users;
using Portal.Infrastructure.Identity;

/// <summary>
/// A quiet portal for the lead and dial functions of the Agent API, with what the demo lacks: API users with fewer
/// rights, agents who may not dial by hand or work any campaign, campaigns with preview, inbound and lead-switch
/// settings switched off, an in-group no demo campaign has, and numbers that always answer.
/// </summary>
public sealed class LeadsApiFactory : PortalFactory, IAsyncLifetime
{
    /// <summary>May use the API, but none of the lead and dial functions.</summary>
    public const string NoFunctionsUser = "apinone";

    /// <summary>May call update_fields and change_ingroups, without modify_leads or change_agent_campaign.</summary>
    public const string NoRightsUser = "apiplain";

    public const string LimitedPassword = "Limited-demo-1";
    public const string UserGroup = "APITEST";

    /// <summary>An agent whose agentcall_manual is off; agents 2002–2006 may dial. All may work every campaign.</summary>
    public const string NoManualDialAgent = "2001";

    public const string PreviewDisabledCampaign = "PVOFF";
    public const string PreviewOnlyCampaign = "PVONLY";

    /// <summary>Manual, no inbound, no lead list.</summary>
    public const string OutboundOnlyCampaign = "NOINB";

    /// <summary>Inbound (SALESLINE) but agents may not switch the lead of a live inbound call.</summary>
    public const string NoLeadSwitchCampaign = "NOSWITCH";

    /// <summary>An in-group that exists but belongs to no demo campaign.</summary>
    public const string ForeignInGroup = "OTHERQ";

    /// <summary>Numbers the simulator always answers.</summary>
    public static readonly string[] AnswerNumbers = [.. Enumerable.Range(0, 10).Select(n => $"312555600{n}")];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var number in AnswerNumbers)
        {
            builder.UseSetting($"Telephony:Simulator:FixedOutcomes:{number}", "Answer");
        }
    }

    public async Task InitializeAsync()
    {
        await this.ChangeAsync(db =>
        {
            db.UserGroups.Add(new UserGroup(UserGroup, "API tests", Portal.Domain.Users.UserGroup.AllCampaigns));
            db.InGroups.Add(new InGroup(ForeignInGroup, "Other queue", "#444444", 1));
            db.Campaigns.Add(new Campaign(PreviewDisabledCampaign, "Preview off", DialMethod.Manual).UsePreviewDial(PreviewDialMode.Disabled, inboundLeadSwitch: true));
            db.Campaigns.Add(new Campaign(PreviewOnlyCampaign, "Preview only", DialMethod.Manual).UsePreviewDial(PreviewDialMode.PreviewOnly, inboundLeadSwitch: true));
            db.Campaigns.Add(new Campaign(OutboundOnlyCampaign, "Outbound only", DialMethod.Manual));
            db.Campaigns.Add(new Campaign(NoLeadSwitchCampaign, "No lead switch", DialMethod.InboundMan)
                .AllowInbound("SALESLINE").UsePreviewDial(PreviewDialMode.PreviewAndSkip, inboundLeadSwitch: false));
        });

        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        await AddAsync(users, new PortalUser { UserName = NoFunctionsUser, AgentApiAccess = true, ApiAllowedFunctions = "external_pause logout", ApiOnly = true, ModifyLeads = true, ChangeAgentCampaign = true });
        await AddAsync(users, new PortalUser { UserName = NoRightsUser, AgentApiAccess = true, ApiAllowedFunctions = "update_fields change_ingroups", ApiOnly = true });
        for (var n = 2001; n <= 2006; n++)
        {
            await AddAsync(users, new PortalUser { UserName = $"{n}", FullName = $"Agent {n}", CustomThree = $"CRM{n}", AgentCallManual = n != 2001 });
        }
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    private static async Task AddAsync(UserManager<PortalUser> users, PortalUser user)
    {
        user.UserGroupId = UserGroup;
        user.UserLevel = 8;
        var created = await users.CreateAsync(user, LimitedPassword);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
    }
}
