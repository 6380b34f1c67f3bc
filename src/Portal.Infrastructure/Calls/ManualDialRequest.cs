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
    string? NumberOverride = null)
{
    /// <summary>The caller id to present instead of the campaign's (the Agent API's outbound_cid).</summary>
    public string? CallerId { get; init; }

    /// <summary>The in-group the call is placed for, recorded with the call (the Agent API's dial_ingroup).</summary>
    public string? InGroupId { get; init; }

    /// <summary>The vendor lead code of a lead created for this dial (the Agent API's vendor_id).</summary>
    public string? VendorLeadCode { get; init; }
}
