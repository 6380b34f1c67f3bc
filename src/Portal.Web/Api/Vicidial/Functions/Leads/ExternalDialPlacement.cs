namespace Portal.Web.Api.Vicidial.Functions.Leads;

using System.Globalization;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Calls;

/// <summary>
/// Carries out an external_dial at once (VICIdial queues it for the screen's next poll): dial now or show in preview,
/// the number or lead given, or the next lead for MANUALNEXT; with focus=YES the agent's screen also shows an alert.
/// </summary>
internal sealed class ExternalDialPlacement(ICallDesk desk)
{
    /// <summary>False when it could not be done; the reply then says why and the request ends.</summary>
    public async Task<bool> PlaceAsync(VicidialCall call, ExternalDialRequest dial)
    {
        DeskResult result;
        if (dial.IsManualNext)
        {
            result = dial.WantsPreview ? await desk.ShowNextPreviewAsync(call.AgentUser) : await desk.DialNextAsync(call.AgentUser);
        }
        else
        {
            // VICIdial's screen dials phone code 1 when none is given.
            var phoneCode = dial.PhoneCode.Length == 0 ? "1" : dial.PhoneCode;
            if ((PhoneNumbers.ValidatePhoneCode(phoneCode) ?? PhoneNumbers.ValidateNumber(dial.Value)) is not null)
            {
                var details = $"{call.AgentUser}|{dial.Value}|{dial.LeadId}|{dial.AltDial}";
                call.Reply.Error("phone number is not valid", details, end: true, data: details);
                return false;
            }

            var request = Request(dial, phoneCode);
            result = dial.WantsPreview ? await desk.PreviewAsync(call.AgentUser, request) : await desk.ManualDialAsync(call.AgentUser, request);
        }

        if (!result.Succeeded)
        {
            call.Failed(dial.Value, result.Error!);
            return false;
        }

        if (dial.WantsFocus)
        {
            var what = dial.IsManualNext ? "next number" : dial.Value;
            var alert = new AgentNotification($"Incoming API dial: {what}{(dial.WantsPreview ? " (preview)" : "")}", call.Parameters.User);
            await call.Sessions.SendAsync(call.AgentUser, new Notify(alert));
        }

        return true;
    }

    private static ManualDialRequest Request(ExternalDialRequest dial, string phoneCode)
    {
        long? leadId = long.TryParse(dial.LeadId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
        var request = dial.WantsPreview && leadId is not null
            ? new ManualDialRequest(phoneCode, dial.Value, LeadId: leadId)
            : new ManualDialRequest(
                phoneCode, dial.Value, SearchExistingLead: dial.Search == "YES", LeadId: leadId, UseAltPhone: dial.AltDial == "ALT",
                NumberOverride: dial.AltDial == "ADDR3" ? dial.Value : null);
        return request with
        {
            SearchExistingLead = dial.Search == "YES",
            CallerId = dial.CallerIdNumber.Length > 0 ? dial.CallerIdNumber : null,
            InGroupId = dial.DialInGroup.Length > 0 ? dial.DialInGroup : null,
            VendorLeadCode = dial.VendorId.Length > 0 ? dial.VendorId : null,
        };
    }
}
