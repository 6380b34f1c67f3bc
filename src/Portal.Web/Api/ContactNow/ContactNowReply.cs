namespace Portal.Web.Api.ContactNow;

/// <summary>
/// The contract's answer: success, and the optional account_id, total, key and error (token.php adds token and
/// expire). Fields left null are not written; the contract's <c>bad</c> (records that failed) never applies, as every
/// call acts on one agent.
/// </summary>
internal sealed class ContactNowReply
{
    public bool Success { get; private set; }

    public string? AccountId { get; set; }

    public string? Token { get; set; }

    /// <summary>Unix seconds.</summary>
    public long? Expire { get; set; }

    public int? Total { get; set; }

    public string? Key { get; set; }

    public string? Error { get; private set; }

    public void Succeed(string? key = null)
    {
        Success = true;
        Error = null;
        Key = key;
    }

    public void Fail(string error)
    {
        Success = false;
        Error = error;
    }
}
