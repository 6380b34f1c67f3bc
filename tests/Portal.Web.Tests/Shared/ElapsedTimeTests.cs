namespace Portal.Web.Tests.Shared;

using Portal.Web.Components.Shared;

public sealed class ElapsedTimeTests
{
    [Theory]
    [InlineData(0, "00:00")]
    [InlineData(75, "01:15")]
    [InlineData(3599, "59:59")]
    [InlineData(3600, "1:00:00")]
    [InlineData(3725, "1:02:05")]
    public void Format_shows_minutes_and_seconds_and_hours_only_past_one_hour(long seconds, string expected) =>
        Assert.Equal(expected, ElapsedTime.Format(seconds));
}
