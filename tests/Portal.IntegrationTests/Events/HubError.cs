namespace Portal.IntegrationTests.Events;

/// <summary>
/// A hub method's error completion. SignalR words it "An unexpected error occurred invoking '…' on the server.
/// HubException: {reason}"; <see cref="Reason"/> is the hub's own message.
/// </summary>
internal sealed class HubError(string message) : Exception(message)
{
    private const string Marker = "HubException: ";

    public string Reason => Message.Contains(Marker, StringComparison.Ordinal) ? Message[(Message.IndexOf(Marker, StringComparison.Ordinal) + Marker.Length)..] : Message;
}
