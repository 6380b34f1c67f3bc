namespace Portal.Web.Tests.Layout;

using Bunit;
using Portal.Web.Components.Layout;

public sealed class NavMenuTests : PortalTestContext
{
    [Fact]
    public void An_agent_sees_only_the_agent_desk()
    {
        AddAuthorization().SetAuthorized("1001").SetRoles("Agent").SetPolicies(WebServices.AgentPolicy);

        var cut = Render<NavMenu>();

        Assert.Equal(["Agent desk"], Links(cut));
    }

    [Fact]
    public void A_supervisor_sees_the_wallboard_and_reports_but_not_admin()
    {
        AddAuthorization().SetAuthorized("super").SetRoles("Supervisor").SetPolicies(WebServices.SupervisorPolicy);

        var cut = Render<NavMenu>();

        Assert.Equal(["Wallboard", "Reports"], Links(cut));
    }

    [Fact]
    public void An_admin_sees_every_screen_but_the_agent_desk_in_spanish()
    {
        UseSpanish();
        AddAuthorization().SetAuthorized("admin").SetRoles("Admin").SetPolicies(WebServices.SupervisorPolicy, WebServices.AdminPolicy);

        var cut = Render<NavMenu>();

        Assert.Equal(["Panel en vivo", "Informes", "Administración"], Links(cut));
        Assert.Equal("Principal", cut.Find("nav").GetAttribute("aria-label"));
    }

    private static IReadOnlyList<string> Links(IRenderedComponent<NavMenu> cut) =>
        [.. cut.FindAll("a").Select(a => a.TextContent.Trim())];
}
