namespace Portal.Infrastructure;

using System.Globalization;

/// <summary>
/// Runs a subscriber's handler in the language it subscribed in, whichever thread publishes: a screen's handler then
/// renders in the signed-in user's language (Blazor renders in the culture of the thread that asks it to), not in that
/// of the session grain, the PBX or the API request that caused the change. Only the culture is carried: switching the
/// whole execution context for each of a change's many subscribers would cost more than the rest of the delivery.
/// </summary>
public static class SubscriberContext
{
    public static Action Bind(Action handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        return () => InCulture(culture, uiCulture, handler, static h => h());
    }

    public static Action<T> Bind<T>(Action<T> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        return value => InCulture(culture, uiCulture, (handler, value), static s => s.handler(s.value));
    }

    private static void InCulture<TState>(CultureInfo culture, CultureInfo uiCulture, TState state, Action<TState> run)
    {
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        if (ReferenceEquals(previous, culture) && ReferenceEquals(previousUi, uiCulture))
        {
            run(state);
            return;
        }

        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = uiCulture;
        try
        {
            run(state);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
    }
}
