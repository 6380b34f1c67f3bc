namespace Portal.Web.Api.Vicidial.Functions.Leads;

/// <summary>
/// external_dial's parameters as the checks rewrite them (contract §3.11): the number and phone code are refilled from
/// a lead, alt_dial resolved by SEARCH, group_alias forced by outbound_cid, dial_ingroup cleared when unknown.
/// </summary>
internal sealed class ExternalDialRequest
{
    public const string ManualNext = "MANUALNEXT";

    private ExternalDialRequest(VicidialParameters p)
    {
        Value = p.Value == ManualNext ? ManualNext : VicidialSanitizer.Digits(p.Value);
        PhoneCode = p["phone_code"];
        Search = p["search"];
        Preview = p["preview"];
        Focus = p["focus"];
        LeadId = p["lead_id"];
        VendorId = p["vendor_id"];
        DialPrefix = p["dial_prefix"];
        GroupAlias = p["group_alias"];
        VtigerCallback = p["vtiger_callback"];
        AltDial = p["alt_dial"];
        DialInGroup = p["dial_ingroup"];
        OutboundCid = p["outbound_cid"];
    }

    /// <summary>Digits only, or the literal MANUALNEXT.</summary>
    public string Value { get; set; }
    public string PhoneCode { get; set; }
    public string Search { get; }
    public string Preview { get; }
    public string Focus { get; }
    public string LeadId { get; }
    public string VendorId { get; }
    public string DialPrefix { get; }
    public string GroupAlias { get; set; }
    public string VtigerCallback { get; }
    public string AltDial { get; set; }
    public string DialInGroup { get; set; }
    public string OutboundCid { get; }
    public string CallerIdNumber { get; set; } = "";

    public bool WantsPreview => Preview == "YES";
    public bool WantsFocus => Focus == "YES";
    public bool IsManualNext => Value == ManualNext;

    public static ExternalDialRequest Read(VicidialParameters parameters) => new(parameters);

    /// <summary>The fields of the success line from the phone code on (also its audit data).</summary>
    public string SuccessFields(long epoch) =>
        $"{PhoneCode}|{Search}|{Preview}|{Focus}|{VendorId}|{epoch}|{DialPrefix}|{GroupAlias}|{CallerIdNumber}|{AltDial}";

    /// <summary>
    /// vtiger_callback=YES with a number starting 99: VICIdial strips the 99 to get a Vtiger activity id. Portal has no
    /// Vtiger integration, so — as VICIdial does with the integration off — the number just loses the 99 and, being
    /// read as an integer, its leading zeros.
    /// </summary>
    public void StripVtigerPrefix()
    {
        if (VtigerCallback.Contains("YES", StringComparison.Ordinal) && Value.StartsWith("99", StringComparison.Ordinal))
        {
            var rest = Value[2..].TrimStart('0');
            Value = rest.Length == 0 ? "0" : rest;
        }
    }
}
