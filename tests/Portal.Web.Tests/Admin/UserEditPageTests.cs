namespace Portal.Web.Tests.Admin;

using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Users;
using Portal.Infrastructure.Admin;
using Portal.Infrastructure.Admin.UserGroups;
using Portal.Infrastructure.Admin.Users;
using Portal.Web.Components.Admin.Users;

public sealed class UserEditPageTests : AdminTestContext
{
    private readonly FakeUserAdmin _users = new();
    private IRenderedComponent<MudBlazor.MudDialogProvider> _dialogs = default!;

    public UserEditPageTests()
    {
        Services.AddSingleton<IUserAdmin>(_users);
        Services.AddSingleton<IUserGroupAdmin>(new FakeUserGroupAdmin());
    }

    private IRenderedComponent<UserEditPage> RenderNew()
    {
        _dialogs = RenderProviders();
        return Render<UserEditPage>();
    }

    private IRenderedComponent<UserEditPage> RenderExisting(bool active = true)
    {
        _users.Details = new UserDetails("1001", new UserSettings { FullName = "Demo Agent", UserGroupId = "AGENTS", Role = PortalRoles.Agent }, active, false);
        _dialogs = RenderProviders();
        return Render<UserEditPage>(p => p.Add(x => x.UserName, "1001"));
    }

    private static void FillValid(IRenderedComponent<UserEditPage> cut)
    {
        Field(cut, "User name").Change("agent77");
        Field(cut, "Password").Change("Secret-pass-1");
        Field(cut, "Full name").Change("Agent Seventy-Seven");
        Choose(cut, "User group", "AGENTS");
    }

    [Fact]
    public void An_empty_form_shows_what_is_missing_and_sends_nothing()
    {
        var cut = RenderNew();

        cut.Find("form").Submit();

        Assert.Equal(["Enter a user name.", "Enter the full name.", "Choose a user group."], Messages(cut));
        Assert.Empty(_users.Created);
    }

    [Fact]
    public void A_bad_user_name_and_level_are_refused_before_sending()
    {
        var cut = RenderNew();
        FillValid(cut);
        Field(cut, "User name").Change("a b");
        Field(cut, "User level (1–9)").Change("12");

        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Equal(["A user name has 2 to 20 letters, digits, - or _.", "The user level is from 1 to 9."], Messages(cut)));
        Assert.Empty(_users.Created);
    }

    [Fact]
    public void A_valid_form_sends_the_user_with_role_group_and_api_rights_and_a_saved_snackbar_shows()
    {
        var cut = RenderNew();
        FillValid(cut);
        Choose(cut, "Role", PortalRoles.Supervisor);
        Field(cut, "User level (1–9)").Change("8");
        Check(cut, "Agent-API access");
        Check(cut, "external_pause");
        Check(cut, "logout");

        cut.Find("form").Submit();

        var (userName, password, settings) = Assert.Single(_users.Created);
        Assert.Equal(("agent77", "Secret-pass-1"), (userName, password));
        Assert.Equal((PortalRoles.Supervisor, 8, "AGENTS", true, "external_pause logout"),
            (settings.Role, settings.UserLevel, settings.UserGroupId, settings.AgentApiAccess, settings.ApiAllowedFunctions));
        Assert.Contains("User agent77 saved.", Snackbars.Markup);
    }

    [Fact]
    public void Read_functions_of_the_rest_api_and_event_hub_can_be_granted()
    {
        var cut = RenderNew();
        FillValid(cut);
        Check(cut, "Agent-API access");
        Check(cut, "external_pause");
        Check(cut, "agent_status");
        Check(cut, "logged_in_agents");

        cut.Find("form").Submit();

        var (_, _, settings) = Assert.Single(_users.Created);
        Assert.Equal("external_pause agent_status logged_in_agents", settings.ApiAllowedFunctions);
        Assert.Empty(settings.Validate());
    }

    [Fact]
    public void The_services_problems_appear_next_to_their_field_or_as_an_alert()
    {
        _users.Result = new AdminResult(new Dictionary<string, string>
        {
            ["Password"] = "Passwords must have at least one digit ('0'-'9').",
            [""] = "Something else went wrong.",
        });
        var cut = RenderNew();
        FillValid(cut);

        cut.Find("form").Submit();

        Assert.Equal(["Passwords must have at least one digit ('0'-'9')."], Messages(cut));
        Assert.Equal("Something else went wrong.", cut.Find("[role='alert']").TextContent);
    }

    [Fact]
    public void A_fixed_field_loses_the_services_message()
    {
        _users.Result = AdminResult.Invalid("Password", "Too weak.");
        var cut = RenderNew();
        FillValid(cut);
        cut.Find("form").Submit();

        Field(cut, "Password").Change("Much-stronger-1");

        Assert.Empty(Messages(cut));
    }

    [Fact]
    public void Only_active_user_groups_are_offered()
    {
        var cut = RenderNew();

        var groups = cut.FindComponents<MudBlazor.MudSelect<string>>().Single(s => s.Instance.Label == "User group")
            .FindComponents<MudBlazor.MudSelectItem<string>>().Select(i => i.Instance.Value);

        Assert.Equal(["", "AGENTS"], groups);
    }

    [Fact]
    public void Deactivating_a_user_is_confirmed_first()
    {
        var cut = RenderExisting();

        Assert.Equal("User 1001", cut.Find("h1").TextContent.Trim());
        cut.Button("Deactivate").Click();
        Assert.Empty(_users.ActiveChanges);
        _dialogs.WaitForAssertion(() => _dialogs.Button("Deactivate").Click());

        cut.WaitForAssertion(() => Assert.Equal([("1001", false)], _users.ActiveChanges));
    }

    [Fact]
    public void The_page_speaks_Spanish()
    {
        UseSpanish();

        var cut = RenderNew();

        Assert.Equal("Nuevo usuario", cut.Find("h1").TextContent.Trim());
        Assert.NotNull(Field(cut, "Nombre de usuario"));
        Assert.NotNull(Field(cut, "Contraseña"));
    }

    [Fact]
    public void Every_control_is_labelled() => AssertEveryControlIsLabelled(RenderNew());
}
