namespace Portal.Web.Tests.Reports;

using Bunit;
using Radzen;
using Portal.Web.Components.Reports;

public sealed class AuditFilterFormTests : BunitContext
{
    private readonly AuditFilterInput _input = new();
    private int _applied;

    public AuditFilterFormTests()
    {
        Services.AddRadzenComponents();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Theory]
    [InlineData("2026-01-05T10:00", "2026-01-05T09:59")]
    [InlineData("2026-01-05T10:00", "2026-01-05T10:00")]
    public void End_not_after_start_shows_a_validation_message_and_applies_nothing(string from, string to)
    {
        var cut = RenderForm();

        cut.Find("#audit-from").Change(from);
        cut.Find("#audit-to").Change(to);
        cut.Find("form").Submit();

        Assert.Equal(["The end must be after the start."], cut.FindAll(".validation-message").Select(m => m.TextContent));
        Assert.Equal(0, _applied);
    }

    [Fact]
    public void Valid_range_and_text_filters_are_applied()
    {
        var cut = RenderForm();

        cut.Find("#audit-from").Change("2026-01-05T09:00");
        cut.Find("#audit-to").Change("2026-01-05T10:00");
        cut.Find("#audit-function").Change("external_pause");
        cut.Find("#audit-result").Change("ERROR");
        cut.Find("form").Submit();

        Assert.Equal(1, _applied);
        Assert.Empty(cut.FindAll(".validation-message"));
        Assert.Equal(
            (new DateTime(2026, 1, 5, 9, 0, 0), new DateTime(2026, 1, 5, 10, 0, 0), "external_pause", "ERROR"),
            (_input.From, _input.To, _input.Function, _input.Result));
    }

    [Fact]
    public void No_filters_at_all_is_a_valid_filter()
    {
        var cut = RenderForm();

        cut.Find("form").Submit();

        Assert.Equal(1, _applied);
    }

    [Fact]
    public void Fixing_the_range_clears_the_message()
    {
        var cut = RenderForm();
        cut.Find("#audit-from").Change("2026-01-05T10:00");
        cut.Find("#audit-to").Change("2026-01-05T09:00");
        cut.Find("form").Submit();

        cut.Find("#audit-to").Change("2026-01-05T11:00");
        cut.Find("form").Submit();

        Assert.Empty(cut.FindAll(".validation-message"));
        Assert.Equal(1, _applied);
    }

    [Fact]
    public void Every_control_has_a_label()
    {
        var cut = RenderForm();

        var controls = cut.FindAll("input, select");
        Assert.Equal(7, controls.Count);
        Assert.All(controls, c => Assert.Single(cut.FindAll($"label[for='{c.Id}']")));
    }

    private IRenderedComponent<AuditFilterForm> RenderForm() =>
        Render<AuditFilterForm>(p => p
            .Add(c => c.Input, _input)
            .Add(c => c.OnApply, () => _applied++));
}
