namespace Portal.Web.Tests.Admin;

using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Webhooks;
using Portal.Web.Components.Admin;
using Portal.Web.Tests.Fakes;

public sealed class WebhooksPageTests : ScreenTestContext
{
    private readonly FakeWebhookAdmin _webhooks = new();

    public WebhooksPageTests()
    {
        Services.AddSingleton<IWebhookAdmin>(_webhooks);
        AddAuthorization().SetAuthorized("admin").SetRoles("Admin");
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void Without_webhooks_the_page_says_how_to_start()
    {
        var cut = Render<WebhooksPage>();

        Assert.Contains("No webhook yet.", cut.Find(".empty-state").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Registering_shows_the_secret_once_and_lists_the_webhook()
    {
        var cut = Render<WebhooksPage>();

        cut.Find("#webhook-url").Change("https://crm.example.com/portal-events");
        cut.Button("Register webhook").Click();

        var registration = Assert.Single(_webhooks.Registrations);
        Assert.Equal(("https://crm.example.com/portal-events", "admin"), (registration.Url, registration.By));
        Assert.Equal([WebhookEventTypes.All], registration.Types);
        Assert.Equal(FakeWebhookAdmin.Secret, cut.Find("code[aria-label='Signing secret']").TextContent);
        Assert.Equal("https://crm.example.com/portal-events", cut.Find("tr[data-webhook='1'] th").TextContent);
        cut.Button("I have copied the secret").Click();
        Assert.DoesNotContain(FakeWebhookAdmin.Secret, cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Chosen_event_types_are_registered_instead_of_all()
    {
        var cut = Render<WebhooksPage>();

        cut.Find("#webhook-url").Change("https://crm.example.com/portal-events");
        cut.Find("#webhook-all-events").Change(false);
        cut.Find("#webhook-type-agent-state").Change(true);
        cut.Find("#webhook-type-disposition").Change(true);
        cut.Button("Register webhook").Click();

        Assert.Equal(["agent.state", "disposition"], _webhooks.Registrations.Single().Types.Order(StringComparer.Ordinal));
        Assert.Equal("agent.state, disposition", cut.Find("tr[data-webhook='1'] td").TextContent);
    }

    [Fact]
    public void A_refused_url_is_shown_as_an_alert()
    {
        _webhooks.Refusal = new ArgumentException("A webhook URL starts with http:// or https://.");
        var cut = Render<WebhooksPage>();

        cut.Find("#webhook-url").Change("ftp://crm.example.com/hook");
        cut.Button("Register webhook").Click();

        Assert.Equal("A webhook URL starts with http:// or https://.", cut.Find(".webhook-register [role='alert']").TextContent);
    }

    [Fact]
    public void Deactivating_marks_the_webhook_inactive()
    {
        _webhooks.Webhooks.Add(new WebhookSummary(7, "https://crm.example.com/hook", [], true, true, "admin", DateTimeOffset.UnixEpoch));
        var cut = Render<WebhooksPage>();

        cut.Find("button[aria-label='Deactivate webhook 7']").Click();

        Assert.Equal([(7L, "admin")], _webhooks.Deactivations);
        Assert.Equal("inactive", cut.Find("td[aria-label='State of webhook 7']").TextContent);
        Assert.Empty(cut.FindAll("button[aria-label='Deactivate webhook 7']"));
    }

    [Fact]
    public void Deliveries_show_attempts_last_status_and_state()
    {
        _webhooks.Webhooks.Add(new WebhookSummary(3, "https://crm.example.com/hook", ["agent.state"], false, true, "admin", DateTimeOffset.UnixEpoch));
        _webhooks.Deliveries[3] =
        [
            new WebhookDelivery
            {
                Id = 11, SubscriptionId = 3, EventId = "1001.1.2.0", EventType = "agent.state", Attempts = 2, LastStatusCode = 500,
                LastError = "The receiver answered HTTP 500.", State = WebhookDeliveryStates.Pending, CreatedAt = DateTimeOffset.UnixEpoch,
                NextAttemptAt = DateTimeOffset.UnixEpoch.AddSeconds(4),
            },
        ];
        var cut = Render<WebhooksPage>();

        cut.Find("button[aria-label='Deliveries of webhook 3']").Click();

        var row = cut.Find("table[aria-label='Deliveries of webhook 3'] tr[data-delivery='11']");
        Assert.Equal(
            ["agent.state", "2", "500", "The receiver answered HTTP 500.", "PENDING"],
            new[] { "th", "td:nth-of-type(2)", "td:nth-of-type(3)", "td:nth-of-type(4)", "td:nth-of-type(5)" }.Select(s => row.QuerySelector(s)!.TextContent));
    }
}
