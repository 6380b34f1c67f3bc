namespace Portal.Web.Components.Agent;

using Portal.Domain.Callbacks;

/// <summary>The callback part of the disposition screen.</summary>
public sealed class CallbackInput
{
    public DateOnly? Date { get; set; }

    public TimeOnly? Time { get; set; }

    public DateTime? DueAt => Date is { } date && Time is { } time ? date.ToDateTime(time) : null;

    public CallbackType Type { get; set; } = CallbackType.UserOnly;

    public string Comments { get; set; } = "";
}
