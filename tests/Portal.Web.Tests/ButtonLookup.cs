namespace Portal.Web.Tests;

using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;

/// <summary>Finds buttons by the text they show.</summary>
internal static class ButtonLookup
{
    public static IElement Button<T>(this IRenderedComponent<T> cut, string text)
        where T : IComponent =>
        cut.FindAll("button").Single(b => ButtonText(b) == text);

    public static IReadOnlyList<string> ButtonTexts<T>(this IRenderedComponent<T> cut)
        where T : IComponent =>
        [.. cut.FindAll("button").Select(ButtonText)];

    public static string ButtonText(IElement button) =>
        (button.QuerySelector(".mud-button-label")?.TextContent ?? button.TextContent).Trim();
}
