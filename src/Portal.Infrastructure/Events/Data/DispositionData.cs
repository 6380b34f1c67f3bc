namespace Portal.Infrastructure.Events.Data;

using Portal.Domain.Sessions;

/// <summary><c>disposition</c>: the status the call got and, for a scheduled-callback status, the callback.</summary>
public sealed record DispositionData(
    string CallId, long? LeadId, string PhoneNumber, string Direction, string Status, CallbackData? Callback)
{
    public static DispositionData Of(CallDispositioned dispositioned) =>
        new(dispositioned.Call.CallId, dispositioned.Call.LeadId, dispositioned.Call.PhoneNumber,
            ContractNames.Of(dispositioned.Call.Direction), dispositioned.StatusCode,
            dispositioned.Callback is { } callback ? CallbackData.Of(callback) : null);
}
