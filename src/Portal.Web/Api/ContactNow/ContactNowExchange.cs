namespace Portal.Web.Api.ContactNow;

/// <summary>One request to /token.php or /agent.php while it runs: what was asked, by whom, for whom, and the reply.</summary>
internal sealed class ContactNowExchange(ContactNowParameters parameters, ContactNowFormat format)
{
    public ContactNowParameters Parameters { get; } = parameters;

    public ContactNowFormat Format { get; } = format;

    public ContactNowReply Reply { get; } = new();

    /// <summary>The action as audited (the audit row's function).</summary>
    public string Action { get; set; } = "";

    /// <summary>The API user: the token's, or the one asking for a token.</summary>
    public string User { get; set; } = "";

    public string AgentUser { get; set; } = "";

    /// <summary>The action's argument as audited (data, and qid for manual_dial); never a secret.</summary>
    public string Value { get; set; } = "";

    /// <summary>What the audit row's data column keeps (token.php: the expiry and addresses; never the token).</summary>
    public string Data { get; set; } = "";
}
