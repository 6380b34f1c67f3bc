namespace Portal.Web.Tests.Admin;

using Bunit;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Portal.Domain.Users;
using Portal.Infrastructure.Cluster;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Identity;
using Portal.Infrastructure.Integrations;
using Portal.Infrastructure.Integrations.ContactNow;
using Portal.Web.Components.Admin;

/// <summary>The tokens page over the real token admin on an in-memory database with one admin and one active token.</summary>
public sealed class ContactNowTokensPageTests : AdminTestContext
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly PooledDbContextFactory<PortalDbContext> _contexts;
    private IRenderedComponent<MudBlazor.MudDialogProvider> _dialogs = default!;

    public ContactNowTokensPageTests()
    {
        _connection.Open();
        var options = new DbContextOptionsBuilder<PortalDbContext>().UseSqlite(_connection).Options;
        _contexts = new PooledDbContextFactory<PortalDbContext>(options);
        using (var db = _contexts.CreateDbContext())
        {
            db.Database.EnsureCreated();
            var admin = new PortalUser { UserName = "admin", NormalizedUserName = "ADMIN" };
            var role = new IdentityRole(PortalRoles.Admin) { NormalizedName = PortalRoles.Admin.ToUpperInvariant() };
            db.Users.Add(admin);
            db.Roles.Add(role);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = admin.Id, RoleId = role.Id });
            db.ContactNowTokens.Add(new ContactNowToken
            {
                TokenHash = "hash", UserId = admin.Id, UserName = "api", CreatedAt = Sessions.Now.AddMinutes(-5), ExpiresAt = Sessions.Now.AddHours(1),
                AllowedAddresses = "127.0.0.1",
            });
            db.SaveChanges();
        }

        var time = new FixedTimeProvider(Sessions.Now);
        Services.AddSingleton<TimeProvider>(time);
        Services.AddSingleton(new ContactNowTokenAdmin(_contexts,
            new ContactNowTokenService(_contexts, null!, null!, Options.Create(new ContactNowOptions()), time),
            new ClusterCaches(new NoClusterBroadcast(), null!, _contexts, NullLogger<ClusterCaches>.Instance), time));
    }

    [Fact]
    public void Active_tokens_are_listed_with_their_user_and_addresses()
    {
        var cut = RenderPage();

        var row = cut.Find("table[aria-label='Active ContactNow tokens'] tbody tr");
        Assert.Equal("api", row.QuerySelector("td[data-label='User']")!.TextContent.Trim());
        Assert.Equal("127.0.0.1", row.QuerySelector("td[data-label='Allowed addresses']")!.TextContent.Trim());
    }

    [Fact]
    public void Revoking_asks_first_and_cancel_keeps_the_token()
    {
        var cut = RenderPage();

        cut.Find("button[aria-label='Revoke token 1 of api']").Click();
        Assert.Contains("Revoke token 1 of api?", _dialogs.Find(".mud-dialog").TextContent, StringComparison.Ordinal);
        ButtonNamed(_dialogs, "Cancel").Click();

        Assert.Single(cut.FindAll("table[aria-label='Active ContactNow tokens'] tbody tr td[data-label='User']"));
        using var db = _contexts.CreateDbContext();
        Assert.Null(db.ContactNowTokens.Single().RevokedAt);
    }

    [Fact]
    public void A_confirmed_revoke_removes_the_token_and_says_so()
    {
        var cut = RenderPage();

        cut.Find("button[aria-label='Revoke token 1 of api']").Click();
        ButtonNamed(_dialogs, "Yes, revoke").Click();

        cut.WaitForAssertion(() => Assert.Contains("Revoked token 1 of api.", Snackbars.Markup, StringComparison.Ordinal));
        cut.WaitForAssertion(() => Assert.StartsWith("No active tokens.", cut.Find("tbody").TextContent.Trim(), StringComparison.Ordinal));
        using var db = _contexts.CreateDbContext();
        Assert.Equal("admin", db.ContactNowTokens.Single().RevokedBy);
    }

    [Fact]
    public void The_page_speaks_spanish()
    {
        UseSpanish();
        var cut = RenderPage();

        Assert.Equal("Tokens de ContactNow", cut.Find("h1").TextContent.Trim());
        Assert.NotNull(cut.Find("table[aria-label='Tokens de ContactNow activos']"));
        Assert.Equal("Revocar", ButtonLookup.ButtonText(cut.Find("button[aria-label='Revocar el token 1 de api']")));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _connection.Dispose();
    }

    private IRenderedComponent<ContactNowTokensPage> RenderPage()
    {
        _dialogs = RenderProviders();
        return Render<ContactNowTokensPage>();
    }
}
