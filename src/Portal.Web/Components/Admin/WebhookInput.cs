namespace Portal.Web.Components.Admin;

using System.ComponentModel.DataAnnotations;

/// <summary>The register-a-webhook form: a URL and the event types to send to it.</summary>
public sealed class WebhookInput
{
    [Required(ErrorMessage = "Enter the URL to POST events to.")]
    [StringLength(2000, ErrorMessage = "A webhook URL is at most 2000 characters.")]
    public string? Url { get; set; }

    /// <summary>Every event type, including types added later.</summary>
    public bool AllEvents { get; set; } = true;

    public HashSet<string> EventTypes { get; set; } = [];
}
