namespace Portal.Infrastructure.Calls;

/// <summary>
/// A manual dial: a number (with phone code), or a lead by id — its phone, its alternate phone, or another number of
/// the lead (<see cref="NumberOverride"/>, e.g. address 3).
/// </summary>
public sealed record ManualDialRequest(
    string PhoneCode,
    string PhoneNumber,
    bool SearchExistingLead = true,
    long? LeadId = null,
    bool UseAltPhone = false,
    long? CallbackId = null,
    string? NumberOverride = null);
