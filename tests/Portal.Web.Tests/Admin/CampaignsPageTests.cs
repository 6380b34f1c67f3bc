namespace Portal.Web.Tests.Admin;

using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Admin.Campaigns;
using Portal.Web.Components.Admin.Campaigns;

public sealed class CampaignsPageTests : AdminTestContext
{
    public CampaignsPageTests() => Services.AddSingleton<ICampaignAdmin>(new FakeCampaignAdmin());

    [Fact]
    public void The_dial_method_is_named_as_on_the_campaign_form()
    {
        var cut = RenderPage();

        Assert.Equal("RATIO (auto-dial)", DialMethod(cut));
    }

    [Fact]
    public void The_dial_method_is_named_in_Spanish_for_a_Spanish_user()
    {
        UseSpanish();

        var cut = RenderPage();

        Assert.Equal("RATIO (marcación automática)", DialMethod(cut));
    }

    private static string? DialMethod(IRenderedComponent<CampaignsPage> cut) =>
        cut.WaitForElement("tbody tr td:nth-child(3)").TextContent.Trim();

    private IRenderedComponent<CampaignsPage> RenderPage()
    {
        RenderProviders();
        return Render<CampaignsPage>();
    }
}
