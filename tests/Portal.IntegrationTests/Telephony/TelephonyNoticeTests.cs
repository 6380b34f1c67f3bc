namespace Portal.IntegrationTests.Telephony;

using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Notifications;
using Portal.Infrastructure.Telephony;

/// <summary>Agents are told on their desks when the phone system goes away and when it is back, and when their phone hung up.</summary>
public sealed class TelephonyNoticeTests(CallFunctionsFactory factory) : IClassFixture<CallFunctionsFactory>
{
    [Fact]
    public async Task Every_logged_in_agent_gets_a_pinned_notice_when_the_pbx_goes_and_a_notice_when_it_is_back()
    {
        await factory.LogInAsync("1011");
        await factory.LogInAsync("1012");
        var board = factory.Services.GetRequiredService<DeskNotificationBoard>();

        factory.Probe.SetReachable(false);
        foreach (var agent in new[] { "1011", "1012" })
        {
            var down = await Eventually.UntilAsync(() => Task.FromResult(board.OnScreen(agent)), n => n.Any(x => x.Notification.Text == TelephonyNotices.Unreachable), $"{agent}'s outage notice");
            Assert.True(down.Single(x => x.Notification.Text == TelephonyNotices.Unreachable).Pinned);
        }

        factory.Probe.SetReachable(true);
        await Eventually.UntilAsync(() => Task.FromResult(board.OnScreen("1011")), n => n.Any(x => x.Notification.Text == TelephonyNotices.Back), "the notice that the PBX is back");
    }

    [Fact]
    public async Task An_agent_whose_phone_hung_up_is_told_and_nobody_else_is()
    {
        await factory.LogInAsync("1013");
        await factory.LogInAsync("1014");
        var board = factory.Services.GetRequiredService<DeskNotificationBoard>();

        factory.Probe.DropPhone("1013", ringingAgain: true);

        await Eventually.UntilAsync(() => Task.FromResult(board.OnScreen("1013")), n => n.Any(x => x.Notification.Text == TelephonyNotices.PhoneRingingAgain), "1013's notice");
        Assert.DoesNotContain(board.OnScreen("1014"), x => x.Notification.Text == TelephonyNotices.PhoneRingingAgain);
    }
}
