namespace Portal.Web;

/// <summary>
/// Marker for what the services say in English (a session refusal, a desk or remote-control result, an admin service's
/// problem): <c>IStringLocalizer&lt;ServerMessages&gt;</c> reads Resources/ServerMessages.resx and its translations,
/// keyed by the English text, with <c>{0}</c> where the service puts a value (see <see cref="ServerText"/>).
/// </summary>
#pragma warning disable CA1052 // A marker type: never instantiated, only named as a type argument.
public sealed class ServerMessages;
#pragma warning restore CA1052
