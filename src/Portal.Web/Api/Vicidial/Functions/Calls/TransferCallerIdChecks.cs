namespace Portal.Web.Api.Vicidial.Functions.Calls;

/// <summary>transfer_conference's caller-ID options: group_alias and cid_choice (contract §3.23, and external_dial step 7).</summary>
internal static class TransferCallerIdChecks
{
    private static readonly string[] CidChoices = ["CAMPAIGN", "AGENT_PHONE", "CUSTOMER", "CUSTOM_CID"];

    /// <summary>
    /// False when a line was printed. Portal has no group aliases, so any group_alias is one that does not exist. A valid
    /// cid_choice is accepted; the telephony port has no caller-ID option, so the call keeps the campaign's caller ID.
    /// </summary>
    public static bool Pass(VicidialCall call)
    {
        var groupAlias = call.Parameters["group_alias"];
        if (groupAlias.Length > 1)
        {
            call.Reply.Error("group_alias is not valid", $"{call.AgentUser}|{groupAlias}", end: true, data: groupAlias);
            return false;
        }

        var cidChoice = call.Parameters["cid_choice"];
        if (cidChoice.Length > 1 && !CidChoices.Any(c => cidChoice.Contains(c, StringComparison.Ordinal)))
        {
            call.Reply.Error("cid_choice is not valid", $"{call.AgentUser}|{cidChoice}", end: true, data: cidChoice);
            return false;
        }

        return true;
    }
}
