namespace Portal.Web.Tests.Shared;

using System.Net.Sockets;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.AspNetCore.Components.Rendering;
using Npgsql;
using Portal.Web.Components.Shared;

public sealed class OutageBoundaryTests : ScreenTestContext
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-12-03T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    public OutageBoundaryTests() => Services.AddSingleton<TimeProvider>(_time);

    private static Exception Outage() => new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused));

    [Fact]
    public void An_action_that_fails_on_an_unavailable_database_brings_the_screen_back_and_says_to_try_again()
    {
        RenderProviders();
        var cut = Render<OutageBoundary>(p => p.AddChildContent<FailingCounter>(c => c.Add(x => x.Failure, Outage)));
        cut.Find("#count-up").Click();
        Assert.Equal("1", cut.Find("#count").TextContent);

        cut.Find("#fail").Click();

        // Blazor discards a failed component; the page is built again, as when it is opened (its state comes from the
        // services), instead of the connection ending.
        Assert.Equal("0", cut.Find("#count").TextContent);
        Assert.Contains("The database is unavailable right now, so that was not done.", Snackbars.Markup, StringComparison.Ordinal);

        // Ready for the next one, and the screen still works.
        _time.Advance(OutageBoundary.RebuildAtMostEvery);
        cut.Find("#fail").Click();
        cut.Find("#count-up").Click();
        Assert.Equal("1", cut.Find("#count").TextContent);
    }

    [Fact]
    public void A_page_that_fails_again_at_once_waits_behind_a_try_again_notice_instead_of_rebuilding_in_a_loop()
    {
        var cut = FailedTwiceAtOnce();

        Assert.Empty(cut.FindAll("#count"));
        Assert.Contains("The database is unavailable right now", cut.Markup, StringComparison.Ordinal);
        ButtonNamed(cut, "Try again").Click();
        Assert.Equal("0", cut.Find("#count").TextContent);
    }

    [Fact]
    public void The_try_again_notice_tries_again_by_itself_a_few_seconds_later()
    {
        var cut = FailedTwiceAtOnce();
        Assert.Empty(cut.FindAll("#count"));

        // Not built again before the time is up (a page that cannot load would otherwise fail in a loop).
        _time.Advance(OutageBoundary.RebuildAtMostEvery - TimeSpan.FromSeconds(1));
        Assert.Empty(cut.FindAll("#count"));

        _time.Advance(TimeSpan.FromSeconds(1));
        cut.WaitForAssertion(() => Assert.Equal("0", cut.Find("#count").TextContent));
    }

    [Fact]
    public void Any_other_fault_shows_a_notice_with_a_reload_link_in_place_of_the_page_in_spanish()
    {
        UseSpanish();
        RenderProviders();
        var cut = Render<OutageBoundary>(p => p.AddChildContent<FailingCounter>(c => c.Add(x => x.Failure, () => new InvalidOperationException("bug"))));

        cut.Find("#fail").Click();

        Assert.Empty(cut.FindAll("#count"));
        Assert.Contains("Algo salió mal en esta pantalla", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Recargar la página", cut.Markup, StringComparison.Ordinal);
    }

    /// <summary>A page whose action failed on an unavailable database twice in a row, so the notice stands in its place.</summary>
    private IRenderedComponent<OutageBoundary> FailedTwiceAtOnce()
    {
        RenderProviders();
        var cut = Render<OutageBoundary>(p => p.AddChildContent<FailingCounter>(c => c.Add(x => x.Failure, Outage)));
        cut.Find("#fail").Click();
        cut.Find("#fail").Click();
        return cut;
    }

    /// <summary>A screen with some state and a button whose action throws.</summary>
    private sealed class FailingCounter : ComponentBase
    {
        private int _count;

        [Parameter] public Func<Exception> Failure { get; set; } = default!;

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "span");
            builder.AddAttribute(1, "id", "count");
            builder.AddContent(2, _count);
            builder.CloseElement();
            builder.OpenElement(3, "button");
            builder.AddAttribute(4, "id", "count-up");
            builder.AddAttribute(5, "onclick", EventCallback.Factory.Create(this, () => _count++));
            builder.CloseElement();
            builder.OpenElement(6, "button");
            builder.AddAttribute(7, "id", "fail");
            builder.AddAttribute(8, "onclick", EventCallback.Factory.Create(this, () => throw Failure()));
            builder.CloseElement();
        }
    }
}
