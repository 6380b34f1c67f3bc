namespace Portal.Web.Tests.Presence;

using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Portal.Infrastructure.Sessions.Presence;
using Portal.Web.Presence;

public sealed class DeskGuardTests : PortalTestContext
{
    private readonly DeskPresence _presence = new(new FakeTimeProvider());
    private readonly DeskCircuit _circuit;

    public DeskGuardTests()
    {
        _circuit = new DeskCircuit(_presence);
        Services.AddSingleton(_circuit);
    }

    [Fact]
    public void A_desk_on_screen_goes_to_the_login_page_when_its_sign_in_is_revoked()
    {
        var auth = AddAuthorization().SetAuthorized("1001");
        Render<DeskGuard>(p => p.Add(g => g.AgentUser, "1001"));

        auth.SetNotAuthorized();

        Assert.EndsWith("/account/login", Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public async Task A_desk_whose_browser_has_left_waits_for_a_reconnect_before_it_redirects()
    {
        var auth = AddAuthorization().SetAuthorized("1001");
        Render<DeskGuard>(p => p.Add(g => g.AgentUser, "1001"));
        var navigation = Services.GetRequiredService<NavigationManager>();
        var before = navigation.Uri;

        await _circuit.OnConnectionDownAsync(null!, CancellationToken.None);
        auth.SetNotAuthorized();
        Assert.Equal(before, navigation.Uri);

        await _circuit.OnConnectionUpAsync(null!, CancellationToken.None);
        Assert.EndsWith("/account/login", navigation.Uri);
    }
}
