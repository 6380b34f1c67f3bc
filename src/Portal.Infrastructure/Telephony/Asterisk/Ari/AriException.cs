namespace Portal.Infrastructure.Telephony.Asterisk.Ari;

/// <summary>Asterisk refused a request (unknown channel, channel not in a Stasis application, bad argument).</summary>
public sealed class AriException(AriRequest request, AriResponse response)
    : TelephonyException($"Asterisk refused {request.Method} {request.Path}: {response.Status} {response.Body}")
{
    public int Status => response.Status;

    public override string UserMessage => "The phone system refused the request; the call may have ended.";
}
