namespace Portal.Web.Tests.Agent;

using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Campaigns;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Calls;
using Portal.Web.Components.Agent;
using Portal.Web.Tests.Fakes;

/// <summary>A status an API proposed (ContactNow's hangup with a code) is selected when the disposition screen opens.</summary>
public sealed class DispositionSuggestionTests : PortalTestContext
{
    private static readonly Status[] Statuses =
    [
        new("B", "Busy", StatusFlags.Selectable),
        new("SALE", "Sale", StatusFlags.Selectable | StatusFlags.Sale),
    ];

    public DispositionSuggestionTests()
    {
        Services.AddSingleton<ICallDesk>(new FakeCallDesk());
        Services.AddSingleton<TimeProvider>(new FixedTimeProvider(Sessions.Now));
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void A_suggested_status_is_selected_over_the_end_reasons()
    {
        var cut = RenderPanel(Calls.Ended(CallEndReason.Busy), suggested: "SALE");

        Assert.Equal(["SALE"], Checked(cut));
    }

    [Fact]
    public void A_suggestion_that_is_not_one_of_the_statuses_is_ignored()
    {
        var cut = RenderPanel(Calls.Ended(CallEndReason.Busy), suggested: "GONE");

        Assert.Equal(["B"], Checked(cut));
    }

    private IRenderedComponent<DispositionPanel> RenderPanel(ActiveCall call, string? suggested) =>
        Render<DispositionPanel>(p => p
            .Add(c => c.Call, call)
            .Add(c => c.Statuses, Statuses)
            .Add(c => c.AgentUser, "agent1")
            .Add(c => c.SuggestedStatus, suggested));

    private static IEnumerable<string> Checked(IRenderedComponent<DispositionPanel> cut) =>
        cut.FindAll("[role='radio'][aria-checked='true'] strong").Select(e => e.TextContent);
}
