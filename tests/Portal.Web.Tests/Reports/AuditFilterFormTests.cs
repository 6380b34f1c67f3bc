namespace Portal.Web.Tests.Reports;

using Bunit;
using Portal.Web.Components.Reports;

public sealed class AuditFilterFormTests : ScreenTestContext
{
    private readonly AuditFilterInput _input = new();
    private int _applied;

    public AuditFilterFormTests()
    {
    }

    [Theory]
    [InlineData("2026-01-05T10:00", "2026-01-05T09:59")]
    [InlineData("2026-01-05T10:00", "2026-01-05T10:00")]
    public void End_not_after_start_shows_a_validation_message_and_applies_nothing(string from, string to)
    {
        var cut = RenderForm();

        Field(cut, "From").Change(from);
        Field(cut, "To").Change(to);
        cut.Find("form").Submit();

        Assert.Equal(["The end must be after the start."], Errors(cut));
        Assert.Equal(0, _applied);
    }

    [Fact]
    public void Valid_range_and_text_filters_are_applied()
    {
        var cut = RenderForm();

        Field(cut, "From").Change("2026-01-05T09:00");
        Field(cut, "To").Change("2026-01-05T10:00");
        Field(cut, "Function").Change("external_pause");
        Choose(cut, "Result", "ERROR");
        cut.Find("form").Submit();

        Assert.Equal(1, _applied);
        Assert.Empty(Errors(cut));
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
        Field(cut, "From").Change("2026-01-05T10:00");
        Field(cut, "To").Change("2026-01-05T09:00");
        cut.Find("form").Submit();

        Field(cut, "To").Change("2026-01-05T11:00");
        cut.Find("form").Submit();

        Assert.Empty(Errors(cut));
        Assert.Equal(1, _applied);
    }


    private IRenderedComponent<AuditFilterForm> RenderForm() =>
        Render<AuditFilterForm>(p => p
            .Add(c => c.Input, _input)
            .Add(c => c.OnApply, () => _applied++));
}
