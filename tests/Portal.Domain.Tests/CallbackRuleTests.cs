namespace Portal.Domain.Tests;

using Portal.Domain.Callbacks;

public sealed class CallbackRuleTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Validate_accepts_a_future_time_with_comments()
    {
        Assert.Null(CallbackRequest.Validate(Now.AddDays(1), "call after 5", Now));
    }

    [Fact]
    public void Validate_accepts_a_future_time_without_comments()
    {
        Assert.Null(CallbackRequest.Validate(Now.AddMinutes(1), null, Now));
    }

    [Fact]
    public void Validate_refuses_a_time_in_the_past()
    {
        Assert.Equal("Choose a callback time in the future.", CallbackRequest.Validate(Now.AddMinutes(-1), "", Now));
    }

    [Fact]
    public void Validate_refuses_the_current_time()
    {
        Assert.Equal("Choose a callback time in the future.", CallbackRequest.Validate(Now, "", Now));
    }

    [Fact]
    public void Validate_accepts_comments_of_the_maximum_length()
    {
        Assert.Null(CallbackRequest.Validate(Now.AddDays(1), new string('x', Callback.MaxCommentsLength), Now));
    }

    [Fact]
    public void Validate_refuses_comments_longer_than_the_maximum()
    {
        var problem = CallbackRequest.Validate(Now.AddDays(1), new string('x', Callback.MaxCommentsLength + 1), Now);

        Assert.Equal("Callback comments are at most 200 characters.", problem);
    }

    [Fact]
    public void Schedule_in_the_future_is_active_and_not_due()
    {
        var callback = Callback.Schedule(42, "SALES", Now.AddHours(1), CallbackType.UserOnly, "agent7", "call after 5", Now);

        Assert.Equal(CallbackState.Active, callback.State);
        Assert.False(callback.IsDue(Now));
        Assert.True(callback.IsDue(Now.AddHours(1)));
    }

    [Fact]
    public void Schedule_for_now_or_earlier_is_live_at_once()
    {
        var callback = Callback.Schedule(42, "SALES", Now, CallbackType.Anyone, "agent7", null, Now);

        Assert.Equal(CallbackState.Live, callback.State);
        Assert.Equal("", callback.Comments);
    }

    [Fact]
    public void Schedule_with_too_long_comments_is_rejected()
    {
        Assert.Throws<ArgumentException>(
            () => Callback.Schedule(42, "SALES", Now.AddHours(1), CallbackType.Anyone, "agent7", new string('x', Callback.MaxCommentsLength + 1), Now));
    }

    [Fact]
    public void User_only_callback_may_be_taken_only_by_its_agent()
    {
        var callback = Callback.Schedule(42, "SALES", Now.AddHours(1), CallbackType.UserOnly, "agent7", "", Now);

        Assert.True(callback.MayBeTakenBy("agent7"));
        Assert.False(callback.MayBeTakenBy("agent8"));
    }

    [Fact]
    public void Anyone_callback_may_be_taken_by_any_agent()
    {
        var callback = Callback.Schedule(42, "SALES", Now.AddHours(1), CallbackType.Anyone, "agent7", "", Now);

        Assert.True(callback.MayBeTakenBy("agent8"));
    }

    [Fact]
    public void MarkLive_turns_an_active_callback_live()
    {
        var callback = Callback.Schedule(42, "SALES", Now.AddHours(1), CallbackType.Anyone, "agent7", "", Now);

        callback.MarkLive();

        Assert.Equal(CallbackState.Live, callback.State);
    }

    [Fact]
    public void MarkLive_does_not_revive_a_completed_callback()
    {
        var callback = Callback.Schedule(42, "SALES", Now.AddHours(1), CallbackType.Anyone, "agent7", "", Now);
        callback.Complete();

        callback.MarkLive();

        Assert.Equal(CallbackState.Inactive, callback.State);
        Assert.False(callback.IsDue(Now.AddDays(1)));
    }
}
