namespace Portal.IntegrationTests.Admin;

using Portal.Domain.Sessions;
using Portal.Infrastructure.Admin.Catalog;
using Portal.Infrastructure.Agents;

/// <summary>LAGGED is a system pause code: seeded, listed for admins, never deactivated, created or offered to agents.</summary>
public sealed class SystemPauseCodeTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly IPauseCodeAdmin _pauseCodes = factory.Get<IPauseCodeAdmin>();

    [Fact]
    public async Task Lagged_is_seeded_and_listed_for_admins()
    {
        var codes = await _pauseCodes.ListAsync(Callers.Admin);

        var lagged = Assert.Single(codes, c => c.Code == PauseCodeRules.Lagged);
        Assert.Null(lagged.CampaignId);
        Assert.True(lagged.Active);
    }

    [Fact]
    public async Task An_admin_cannot_deactivate_or_create_lagged()
    {
        var deactivated = await _pauseCodes.SetActiveAsync(Callers.Admin, PauseCodeRules.Lagged, null, active: false);
        var created = await _pauseCodes.CreateAsync(Callers.Admin, "lagged", "TESTCAMP", "Mine now", billable: true);

        Assert.False(deactivated.Succeeded);
        Assert.False(created.Succeeded);
        Assert.True(Assert.Single(await _pauseCodes.ListAsync(Callers.Admin), c => c.Code == PauseCodeRules.Lagged).Active);
    }

    [Fact]
    public async Task Agents_are_not_offered_lagged()
    {
        var offered = await factory.Get<AgentDesk>().PauseCodesForAsync("TESTCAMP");

        Assert.DoesNotContain(offered, c => c.Code == PauseCodeRules.Lagged);
        Assert.NotEmpty(offered);
    }
}
