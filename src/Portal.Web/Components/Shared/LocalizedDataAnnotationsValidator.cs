namespace Portal.Web.Components.Shared;

using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;

/// <summary>
/// <see cref="DataAnnotationsValidator"/> in the user's language: the same checks (the whole model on submit, one
/// field when it changes), each message looked up in <see cref="ValidationMessages"/> by its English text, which
/// stays when no translation exists. The framework's validator has no hook for wording its messages, hence this one.
/// </summary>
/// <remarks>
/// The English text is the key, so an attribute's ErrorMessage must be a constant without <c>{0}</c> placeholders
/// (ValidationMessagesTests checks that every one has a translation).
/// </remarks>
public sealed class LocalizedDataAnnotationsValidator : ComponentBase, IDisposable
{
    private EditContext? _editContext;
    private ValidationMessageStore? _messages;

    [CascadingParameter]
    private EditContext? CurrentEditContext { get; set; }

    [Inject]
    private IStringLocalizer<ValidationMessages> Localizer { get; set; } = default!;

    [Inject]
    private IServiceProvider Services { get; set; } = default!;

    protected override void OnParametersSet()
    {
        if (CurrentEditContext is null)
        {
            throw new InvalidOperationException($"{nameof(LocalizedDataAnnotationsValidator)} must be placed inside an EditForm.");
        }

        if (_editContext is null)
        {
            _editContext = CurrentEditContext;
            _messages = new ValidationMessageStore(_editContext);
            _editContext.OnValidationRequested += ValidateModel;
            _editContext.OnFieldChanged += ValidateField;
        }
        else if (_editContext != CurrentEditContext)
        {
            throw new InvalidOperationException($"{nameof(LocalizedDataAnnotationsValidator)} does not support a changing EditContext.");
        }
    }

    public void Dispose()
    {
        if (_editContext is not null)
        {
            _messages!.Clear();
            _editContext.OnValidationRequested -= ValidateModel;
            _editContext.OnFieldChanged -= ValidateField;
            _editContext.NotifyValidationStateChanged();
        }
    }

    private void ValidateModel(object? sender, ValidationRequestedEventArgs e)
    {
        var model = _editContext!.Model;
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(model, new ValidationContext(model, Services, items: null), results, validateAllProperties: true);

        _messages!.Clear();
        foreach (var result in results)
        {
            var fields = result.MemberNames.Any()
                ? result.MemberNames.Select(_editContext.Field)
                : [new FieldIdentifier(model, fieldName: string.Empty)];
            foreach (var field in fields)
            {
                _messages.Add(field, Translate(result));
            }
        }

        _editContext.NotifyValidationStateChanged();
    }

    private void ValidateField(object? sender, FieldChangedEventArgs e)
    {
        var field = e.FieldIdentifier;
        if (field.Model.GetType().GetProperty(field.FieldName) is not { } property)
        {
            return;
        }

        var context = new ValidationContext(field.Model, Services, items: null) { MemberName = property.Name };
        var results = new List<ValidationResult>();
        Validator.TryValidateProperty(property.GetValue(field.Model), context, results);

        _messages!.Clear(field);
        _messages.Add(field, results.Select(Translate));
        _editContext!.NotifyValidationStateChanged();
    }

    private string Translate(ValidationResult result) =>
        result.ErrorMessage is { Length: > 0 } english ? Localizer[english] : "";
}
