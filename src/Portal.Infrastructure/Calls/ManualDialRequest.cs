namespace Portal.Infrastructure.Calls;

/// <summary>A manual dial: a number (with phone code), or a lead by id; optionally the lead's alternate phone.</summary>
public sealed record ManualDialRequest(
    string PhoneCode,
    string PhoneNumber,
    bool SearchExistingLead = true,
    long? LeadId = null,
    bool UseAltPhone = false,
    long? CallbackId = null);
