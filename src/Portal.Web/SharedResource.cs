namespace Portal.Web;

/// <summary>
/// Marker for the words many screens share (Save, Cancel, state names...): <c>IStringLocalizer&lt;SharedResource&gt;</c>
/// reads Resources/SharedResource.resx and its translations.
/// </summary>
#pragma warning disable CA1052 // A marker type: never instantiated, only named as a type argument.
public sealed class SharedResource;
#pragma warning restore CA1052
