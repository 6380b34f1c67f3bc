namespace Portal.Web.Components.Agent;

using Portal.Domain.Callbacks;

/// <summary>The callback part of the disposition screen.</summary>
public sealed class CallbackInput
{
    public DateTime? DueAt { get; set; }

    public CallbackType Type { get; set; } = CallbackType.UserOnly;

    public string Comments { get; set; } = "";
}
