namespace Portal.Domain.Tests;

using Portal.Domain.Sessions;

internal static class Expect
{
    public static void Refused(Refusal expected, CommandResult result)
    {
        Assert.False(result.IsAccepted);
        Assert.Equal(expected, result.Refusal);
        Assert.Empty(result.Events);
    }

    /// <summary>Accepted, but nothing happened (a repeated PAUSE, say).</summary>
    public static void AcceptedWithoutChange(CommandResult result)
    {
        Assert.True(result.IsAccepted);
        Assert.False(result.Changed);
        Assert.Empty(result.Events);
    }

    /// <summary>The only event of type <typeparamref name="T"/> the command caused.</summary>
    public static T Event<T>(CommandResult result)
        where T : AgentEvent
    {
        Assert.True(result.IsAccepted, $"Refused: {result.Refusal}");
        return Assert.Single(result.Events.OfType<T>());
    }
}
