namespace Portal.Web.Tests.Admin;

using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Webhooks;
using Portal.Web.Components.Admin;
using Portal.Web.Tests.Fakes;

public sealed class WebhooksPageTests : AdminTestContext
{
    private readonly FakeWebhookAdmin _webhooks = new();
    private IRenderedComponent<MudBlazor.MudDialogProvider> _dialogs = default!;

    public WebhooksPageTests() => Services.AddSingleton<IWebhookAdmin>(_webhooks);

    [Fact]
    public void Without_webhooks_the_page_says_how_to_start()
    {
        var cut = RenderPage();

        Assert.StartsWith("No webhook yet.", cut.Find("table[aria-label='Webhooks'] tbody").TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Registering_shows_the_secret_once_and_lists_the_webhook()
    {
        var cut = RenderPage();

        Field(cut, "URL").Change("https://crm.example.com/portal-events");
        cut.Button("Register webhook").Click();

        var registration = Assert.Single(_webhooks.Registrations);
        Assert.Equal(("https://crm.example.com/portal-events", "admin"), (registration.Url, registration.By));
        Assert.Equal([WebhookEventTypes.All], registration.Types);
        Assert.Equal(FakeWebhookAdmin.Secret, Field(cut, "Signing secret").GetAttribute("value"));
        Assert.Equal("https://crm.example.com/portal-events", Cell(cut, 1, "URL"));
        Assert.Contains("Webhook https://crm.example.com/portal-events registered.", Snackbars.Markup, StringComparison.Ordinal);
        cut.Button("I have copied the secret").Click();
        Assert.DoesNotContain(FakeWebhookAdmin.Secret, cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_webhook_needs_a_url()
    {
        var cut = RenderPage();

        cut.Find("form").Submit();

        Assert.Equal(["Enter the URL to POST events to."], Messages(cut));
        Assert.Empty(_webhooks.Registrations);
    }

    [Fact]
    public void Chosen_event_types_are_registered_instead_of_all()
    {
        var cut = RenderPage();

        Field(cut, "URL").Change("https://crm.example.com/portal-events");
        Check(cut, "All event types (also types added later)", false);
        Check(cut, "agent.state");
        Check(cut, "disposition");
        cut.Button("Register webhook").Click();

        Assert.Equal(["agent.state", "disposition"], _webhooks.Registrations.Single().Types.Order(StringComparer.Ordinal));
        Assert.Equal("agent.state, disposition", Cell(cut, 1, "Events"));
    }

    [Fact]
    public void A_refused_url_is_shown_as_an_alert()
    {
        _webhooks.Refusal = new ArgumentException("A webhook URL starts with http:// or https://.");
        var cut = RenderPage();

        Field(cut, "URL").Change("ftp://crm.example.com/hook");
        cut.Button("Register webhook").Click();

        Assert.Equal("A webhook URL starts with http:// or https://.", cut.Find(".webhook-register [role='alert']").TextContent.Trim());
    }

    [Fact]
    public void Deactivating_asks_first_then_marks_the_webhook_inactive()
    {
        _webhooks.Webhooks.Add(new WebhookSummary(7, "https://crm.example.com/hook", [], true, true, "admin", DateTimeOffset.UnixEpoch));
        var cut = RenderPage();

        cut.Find("button[aria-label='Deactivate webhook 7']").Click();
        Assert.Empty(_webhooks.Deactivations);
        ButtonNamed(_dialogs, "Yes, deactivate").Click();

        cut.WaitForAssertion(() => Assert.Equal([(7L, "admin")], _webhooks.Deactivations));
        cut.WaitForAssertion(() => Assert.Equal("inactive", Cell(cut, 7, "State")));
        Assert.Empty(cut.FindAll("button[aria-label='Deactivate webhook 7']"));
    }

    [Fact]
    public void Cancelling_the_deactivation_keeps_the_webhook()
    {
        _webhooks.Webhooks.Add(new WebhookSummary(7, "https://crm.example.com/hook", [], true, true, "admin", DateTimeOffset.UnixEpoch));
        var cut = RenderPage();

        cut.Find("button[aria-label='Deactivate webhook 7']").Click();
        ButtonNamed(_dialogs, "Cancel").Click();

        Assert.Empty(_webhooks.Deactivations);
        Assert.Equal("active", Cell(cut, 7, "State"));
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
        var cut = RenderPage();

        cut.Find("button[aria-label='Deliveries of webhook 3']").Click();

        var row = cut.Find("table[aria-label='Deliveries of webhook 3'] tbody tr");
        Assert.Equal(
            ["agent.state", "2", "500", "The receiver answered HTTP 500.", "PENDING"],
            new[] { "Event", "Attempts", "Last status", "Last error", "State" }.Select(c => row.QuerySelector($"td[data-label='{c}']")!.TextContent.Trim()));
    }

    [Fact]
    public void The_page_speaks_spanish()
    {
        UseSpanish();
        var cut = RenderPage();

        Assert.Equal("Webhooks", cut.Find("h1").TextContent.Trim());
        Assert.Equal("Registrar un webhook", cut.Find(".webhook-register h2").TextContent.Trim());
        Assert.Equal("Registrar webhook", ButtonLookup.ButtonText(cut.Find("button[type='submit']")));
    }

    private IRenderedComponent<WebhooksPage> RenderPage()
    {
        _dialogs = RenderProviders();
        return Render<WebhooksPage>();
    }

    /// <summary>The text of a column in the row of webhook <paramref name="id"/> (found by its Deliveries button).</summary>
    private static string Cell(IRenderedComponent<WebhooksPage> cut, long id, string column) =>
        cut.FindAll("table[aria-label='Webhooks'] tbody tr").Single(r => r.QuerySelector($"button[aria-label='Deliveries of webhook {id}']") is not null)
            .QuerySelector($"td[data-label='{column}']")!.TextContent.Trim();
}
