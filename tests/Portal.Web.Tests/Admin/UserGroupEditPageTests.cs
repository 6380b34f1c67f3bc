namespace Portal.Web.Tests.Admin;

using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Admin.Campaigns;
using Portal.Infrastructure.Admin.UserGroups;
using Portal.Web.Components.Admin.UserGroups;

public sealed class UserGroupEditPageTests : AdminTestContext
{
    private readonly FakeUserGroupAdmin _groups = new();

    public UserGroupEditPageTests()
    {
        Services.AddSingleton<IUserGroupAdmin>(_groups);
        Services.AddSingleton<ICampaignAdmin>(new FakeCampaignAdmin());
    }

    [Fact]
    public void An_empty_form_shows_what_is_missing_next_to_the_fields_and_sends_nothing()
    {
        var cut = RenderPage();

        cut.Find("form").Submit();

        Assert.Equal(["Enter a user group id.", "Enter a name."], Messages(cut));
        Assert.Empty(_groups.Created);
    }

    [Fact]
    public void An_empty_form_says_what_is_missing_in_Spanish_for_a_Spanish_user()
    {
        UseSpanish();
        var cut = RenderPage();

        cut.Find("form").Submit();

        Assert.Equal(["Escriba el ID del grupo de usuarios.", "Escriba un nombre."], Messages(cut));
        Assert.Empty(_groups.Created);
    }

    [Fact]
    public void A_bad_id_typed_by_a_Spanish_user_is_refused_in_Spanish()
    {
        UseSpanish();
        var cut = RenderPage();

        Field(cut, "ID del grupo de usuarios").Change("N");

        Assert.Equal(["El ID del grupo de usuarios tiene de 2 a 20 letras, dígitos, - o _."], Messages(cut));
    }

    [Fact]
    public void A_new_group_is_sent_with_its_campaigns_then_saved_and_the_list_shown()
    {
        var cut = RenderPage();
        Field(cut, "User group id").Change("NIGHT");
        Field(cut, "Name").Change("Night shift");
        Check(cut, "TESTCAMP – Test");
        Check(cut, "All user groups", on: false);
        Check(cut, "AGENTS – Agents");

        cut.Find("form").Submit();

        var (id, settings) = Assert.Single(_groups.Created);
        Assert.Equal(("NIGHT", "Night shift", false, true, false), (id, settings.Name, settings.AllCampaigns, settings.Campaigns.SequenceEqual(["TESTCAMP"]), settings.AllUserGroups));
        Assert.Equal(["AGENTS"], settings.ViewableUserGroups);
        Assert.Contains("User group NIGHT saved.", Snackbars.Markup);
        Assert.EndsWith("/admin/user-groups", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void An_existing_group_shows_its_campaigns_ticked()
    {
        RenderProviders();
        var cut = Render<UserGroupEditPage>(p => p.Add(x => x.Id, "AGENTS"));

        Assert.Equal("User group AGENTS", cut.Find("h1").TextContent.Trim());
        Assert.True(cut.FindComponents<MudBlazor.MudCheckBox<bool>>().Single(c => c.Instance.Label == "TESTCAMP – Test").Find("input").HasAttribute("checked"));
        Assert.True(Field(cut, "User group id").HasAttribute("readonly"));
    }

    [Fact]
    public void The_page_speaks_Spanish()
    {
        UseSpanish();

        var cut = RenderPage();

        Assert.Equal("Nuevo grupo de usuarios", cut.Find("h1").TextContent.Trim());
        Assert.NotNull(Field(cut, "ID del grupo de usuarios"));
        Assert.Contains("Todas las campañas", cut.Markup);
    }

    private IRenderedComponent<UserGroupEditPage> RenderPage()
    {
        RenderProviders();
        return Render<UserGroupEditPage>();
    }
}
