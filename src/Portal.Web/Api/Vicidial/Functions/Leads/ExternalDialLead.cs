namespace Portal.Web.Api.Vicidial.Functions.Leads;

using System.Globalization;
using Portal.Domain.Leads;
using Portal.Infrastructure.Leads;

/// <summary>
/// external_dial with a lead_id (contract §3.11 step 10): the number and phone code come from the lead — its phone,
/// alt_phone (ALT) or address3 (ADDR3); alt_dial=SEARCH finds which of them the number sent is.
/// </summary>
internal sealed class ExternalDialLead(LeadDirectory leads)
{
    /// <summary>Refills the request from its lead; false when a line ended the request.</summary>
    public async Task<bool> FillAsync(VicidialCall call, ExternalDialRequest dial)
    {
        var original = dial.Value;
        dial.Value = "";
        dial.PhoneCode = "";
        var lead = long.TryParse(dial.LeadId, NumberStyles.None, CultureInfo.InvariantCulture, out var leadId)
            ? await leads.GetAsync(leadId)
            : null;
        if (lead is null)
        {
            call.Reply.Error("lead_id is not valid", $"{call.AgentUser}|{dial.LeadId}", end: true, data: $"{call.AgentUser}|{dial.LeadId}");
            return false;
        }

        if (dial.AltDial == "SEARCH")
        {
            dial.AltDial = Search(lead.Details, original);
            if (dial.AltDial.Length == 0)
            {
                var details = $"{call.AgentUser}||{dial.LeadId}|";
                call.Reply.Error("phone number lead_id search not found", details, end: true, data: details);
                return false;
            }
        }

        var number = dial.AltDial switch
        {
            "ALT" => lead.Details.AltPhone,
            "ADDR3" => lead.Details.Address3,
            _ => lead.Details.PhoneNumber,
        };
        dial.Value = Digits(number);
        dial.PhoneCode = Digits(lead.Details.PhoneCode);
        if (dial.Value.Length < 2)
        {
            var details = $"{call.AgentUser}|{dial.Value}|{dial.LeadId}|{dial.AltDial}";
            call.Reply.Error("phone number is not valid", details, end: true, data: details);
            return false;
        }

        return true;
    }

    /// <summary>Which of the lead's numbers the number sent is; the main phone wins, then alt_phone, then address3.</summary>
    private static string Search(LeadDetails lead, string number) =>
        number == lead.PhoneNumber ? "MAIN"
        : number == lead.AltPhone ? "ALT"
        : number == lead.Address3 ? "ADDR3"
        : "";

    private static string Digits(string? number) => VicidialSanitizer.Digits(number);
}
