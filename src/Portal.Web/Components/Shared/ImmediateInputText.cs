namespace Portal.Web.Components.Shared;

using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Components.Rendering;

/// <summary>
/// An <see cref="InputText"/> that takes its value on every keystroke (<c>oninput</c>) instead of when the field loses
/// focus: a form submitted right after typing (type the phone login, click Log in) always sees what was typed.
/// </summary>
public sealed class ImmediateInputText : InputText
{
    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.OpenElement(0, "input");
        builder.AddMultipleAttributes(1, AdditionalAttributes);
        if (!string.IsNullOrEmpty(NameAttributeValue))
        {
            builder.AddAttribute(2, "name", NameAttributeValue);
        }

        builder.AddAttribute(3, "class", CssClass);
        builder.AddAttribute(4, "value", CurrentValueAsString);
        builder.AddAttribute(5, "oninput", EventCallback.Factory.CreateBinder<string?>(this, value => CurrentValueAsString = value, CurrentValueAsString));
        builder.SetUpdatesAttributeName("value");

        // The change event (fired when the field loses focus, e.g. to the Log in button) carries the value once more:
        // end-to-end runs under load saw a form submitted with the field empty on the server while the box showed the
        // typed value, as if its last input event never arrived.
        builder.AddAttribute(6, "onchange", EventCallback.Factory.CreateBinder<string?>(this, value => CurrentValueAsString = value, CurrentValueAsString));
        builder.SetUpdatesAttributeName("value");
        builder.AddElementReferenceCapture(7, element => Element = element);
        builder.CloseElement();
    }
}
