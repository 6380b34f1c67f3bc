namespace Portal.Domain.Tests;

using Portal.Domain.Users;

public sealed class PermissionTests
{
    [Theory]
    [InlineData("pause")]
    [InlineData("pause hangup")]
    [InlineData("external_dial pause hangup")]
    [InlineData("external_dial pause")]
    [InlineData("external_dial  pause")]
    public void Api_function_in_the_list_is_allowed(string allowed)
    {
        var permissions = new ApiPermissions(AgentApiAccess: true, allowed, ApiOnly: false);

        Assert.True(permissions.Allows("pause"));
    }

    [Theory]
    [InlineData("ALL_FUNCTIONS")]
    [InlineData("pause ALL_FUNCTIONS")]
    [InlineData("hangup,ALL_FUNCTIONS")]
    public void All_functions_anywhere_in_the_list_allows_every_function(string allowed)
    {
        var permissions = new ApiPermissions(AgentApiAccess: true, allowed, ApiOnly: false);

        Assert.True(permissions.Allows("external_hangup"));
    }

    [Theory]
    [InlineData("external_pause", "pause")]
    [InlineData("pause", "external_pause")]
    [InlineData("pause_code", "pause")]
    [InlineData("PAUSE", "pause")]
    [InlineData("hangup", "pause")]
    public void Api_function_matches_whole_names_only(string allowed, string function)
    {
        var permissions = new ApiPermissions(AgentApiAccess: true, allowed, ApiOnly: false);

        Assert.False(permissions.Allows(function));
    }

    [Fact]
    public void No_api_permissions_allow_nothing()
    {
        Assert.False(ApiPermissions.None.Allows("pause"));
        Assert.False(ApiPermissions.None.AgentApiAccess);
    }

    [Theory]
    [InlineData("SALES")]
    [InlineData("SALES SUPPORT")]
    [InlineData("SUPPORT SALES")]
    [InlineData("  SUPPORT   SALES ")]
    public void User_group_allows_listed_campaign(string allowed)
    {
        var group = new UserGroup("AGENTS", "Agents", allowed);

        Assert.True(group.Allows("SALES"));
    }

    [Theory]
    [InlineData("SALES2")]
    [InlineData("PRESALES")]
    [InlineData("sales")]
    [InlineData("")]
    public void User_group_does_not_allow_unlisted_campaign(string allowed)
    {
        var group = new UserGroup("AGENTS", "Agents", allowed);

        Assert.False(group.Allows("SALES"));
    }

    [Theory]
    [InlineData(UserGroup.AllCampaigns)]
    [InlineData("SUPPORT -ALL-CAMPAIGNS-")]
    public void User_group_with_all_campaigns_allows_any_campaign(string allowed)
    {
        var group = new UserGroup("ADMIN", "Admins", allowed);

        Assert.True(group.Allows("ANYCAMP"));
    }
}
