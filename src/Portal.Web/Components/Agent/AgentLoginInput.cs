namespace Portal.Web.Components.Agent;

using System.ComponentModel.DataAnnotations;

public sealed class AgentLoginInput
{
    [Required(ErrorMessage = "Choose a campaign.")]
    public string? CampaignId { get; set; }

    [Required(ErrorMessage = "Enter your phone login: an extension or a phone number.")]
    [RegularExpression(@"^[A-Za-z0-9*#/_-]{1,20}$", ErrorMessage = "A phone login is an extension or a number (letters, digits, * # / _ -).")]
    public string? PhoneLogin { get; set; }

    public HashSet<string> InGroups { get; set; } = [];

    public bool Blended { get; set; } = true;
}
