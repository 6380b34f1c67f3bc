namespace Portal.Web;

/// <summary>
/// Marker for the forms' validation messages: <c>IStringLocalizer&lt;ValidationMessages&gt;</c> reads
/// Resources/ValidationMessages.resx and its translations, keyed by the English text an attribute's ErrorMessage
/// carries (see <see cref="Components.Shared.LocalizedDataAnnotationsValidator"/>).
/// </summary>
#pragma warning disable CA1052 // A marker type: never instantiated, only named as a type argument.
public sealed class ValidationMessages;
#pragma warning restore CA1052
