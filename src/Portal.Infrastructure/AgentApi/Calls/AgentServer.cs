namespace Portal.Infrastructure.AgentApi.Calls;

using System.Net;
using System.Net.Sockets;

/// <summary>
/// What the Agent API prints where VICIdial prints a server_ip (recording, audio_playback): Portal runs the agent
/// sessions and the telephony port itself, so it is this machine's host name (127.0.0.1 when it has none).
/// </summary>
public static class AgentServer
{
    public const string Loopback = "127.0.0.1";

    public static string Address { get; } = Resolve();

    private static string Resolve()
    {
        try
        {
            var name = Dns.GetHostName();
            return string.IsNullOrWhiteSpace(name) ? Loopback : name;
        }
        catch (SocketException)
        {
            return Loopback;
        }
    }
}
