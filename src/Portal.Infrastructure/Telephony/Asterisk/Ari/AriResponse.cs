namespace Portal.Infrastructure.Telephony.Asterisk.Ari;

/// <summary>What Asterisk answered: the HTTP status and the JSON body (empty for 204).</summary>
public sealed record AriResponse(int Status, string Body)
{
    public bool IsSuccess => Status is >= 200 and < 300;
}
