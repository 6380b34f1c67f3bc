namespace Portal.Web.Api.Rest.Agents.Requests;

using System.ComponentModel;

/// <summary>A manual dial for a paused agent with no lead on screen: a number, or a lead's number.</summary>
public sealed record DialRequest(
    [property: Description("3 to 18 digits. Not needed with leadId.")]
    string? PhoneNumber = null,
    [property: Description("1 to 4 digits; 1 when left out. Not needed with leadId.")]
    string? PhoneCode = null,
    [property: Description("Dial this lead's phone number (or its alternate phone with useAltPhone).")]
    long? LeadId = null,
    [property: Description("With leadId: dial the lead's alternate phone.")]
    bool UseAltPhone = false,
    [property: Description("Without leadId: attach the call to an existing lead of the campaign with this number (default), else a new lead.")]
    bool SearchExistingLead = true,
    [property: Description("Show the lead on the agent's screen in preview instead of dialling at once.")]
    bool Preview = false);
