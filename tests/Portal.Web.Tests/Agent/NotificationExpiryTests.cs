namespace Portal.Web.Tests.Agent;

using Microsoft.Extensions.Time.Testing;
using Portal.Web.Components.Agent;

/// <summary>The desk wakes up when its next unpinned notification is due to leave, and only then.</summary>
public sealed class NotificationExpiryTests
{
    private readonly FakeTimeProvider _clock = new(Sessions.Now);
    private int _wakes;

    [Fact]
    public void The_desk_wakes_once_the_notification_is_due_and_not_before()
    {
        using var expiry = Expiry();

        expiry.Aim(_clock.GetUtcNow().AddMinutes(1));
        _clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(0, _wakes);

        _clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(1, _wakes);
    }

    [Fact]
    public void Nothing_to_expire_never_wakes_the_desk()
    {
        using var expiry = Expiry();

        expiry.Aim(_clock.GetUtcNow().AddMinutes(1));
        expiry.Aim(null);
        _clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal(0, _wakes);
    }

    [Fact]
    public void After_a_wake_the_same_time_can_be_aimed_at_again()
    {
        using var expiry = Expiry();
        var due = _clock.GetUtcNow().AddSeconds(5);

        expiry.Aim(due);
        _clock.Advance(TimeSpan.FromSeconds(6));
        expiry.Aim(due);
        _clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(2, _wakes);
    }

    private NotificationExpiry Expiry() => new(_clock, forget =>
    {
        forget();
        _wakes++;
        return Task.CompletedTask;
    });
}
