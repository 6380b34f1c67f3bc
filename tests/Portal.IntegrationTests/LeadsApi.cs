namespace Portal.IntegrationTests;

using Portal.Domain.Leads;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Audit;
using Portal.Infrastructure.Leads;
using Portal.Infrastructure.Sessions;

/// <summary>Requests, leads and session events the lead and dial function tests share.</summary>
internal static class LeadsApi
{
    private static int s_numbers;

    /// <summary>A number no seeded lead has and no other test uses.</summary>
    public static string NewNumber() => $"77755{Interlocked.Increment(ref s_numbers):D5}";

    /// <summary>The function called as one of <see cref="LeadsApiFactory"/>'s limited API users.</summary>
    public static Task<ApiReply> CallAsAsync(this HttpClient client, string user, string function, params (string Name, string Value)[] parameters) =>
        client.GetApiAsync(AgentApi.Query([("source", "test"), ("user", user), ("pass", LeadsApiFactory.LimitedPassword), ("function", function), .. parameters]));

    /// <summary>A new lead of TESTCAMP's list 101 with these details.</summary>
    public static async Task<Lead> NewLeadAsync(this PortalFactory factory, LeadDetails details)
    {
        var leadId = await factory.Get<LeadDirectory>().AddAsync(101, details, "test");
        return await factory.LeadAsync(leadId);
    }

    /// <summary>Logs the agent in and puts them on a connected inbound (or other) call with this lead, as the router would.</summary>
    public static async Task<SessionSnapshot> LogInOnCallWithLeadAsync(
        this PortalFactory factory, string agentUser, long leadId, CallDirection direction = CallDirection.Inbound, string campaignId = "TESTCAMP")
    {
        await factory.LogInAsync(agentUser, campaignId);
        await factory.SendAsync(agentUser, new GoReady());
        var call = new ActiveCall($"Y{agentUser}-{Guid.NewGuid():N}", leadId, "5551230000", direction, direction == CallDirection.Inbound ? "SALESLINE" : null, CallFlags.None, DateTimeOffset.UtcNow);
        await factory.SendAsync(agentUser, new OfferCall(call));
        return await factory.SendAsync(agentUser, new ConnectCall());
    }

    /// <summary>Collects the events of one agent's session while the returned recorder is alive.</summary>
    public static EventRecorder Record(this PortalFactory factory, string agentUser) => new(factory.Get<SessionEventBus>(), agentUser);

    /// <summary>The fields of a SUCCESS line after the reason (<c>SUCCESS: … - a|b|c</c> → [a, b, c]).</summary>
    public static string[] SuccessFields(this ApiReply reply)
    {
        var line = reply.Body.Split('\n').Single(l => l.StartsWith("SUCCESS: ", StringComparison.Ordinal));
        return line[(line.IndexOf(" - ", StringComparison.Ordinal) + 3)..].Split('|');
    }

    internal sealed class EventRecorder : IDisposable
    {
        private readonly List<AgentEvent> _events = [];
        private readonly IDisposable _subscription;

        public EventRecorder(SessionEventBus bus, string agentUser) =>
            _subscription = bus.SubscribeAgent(agentUser, change =>
            {
                lock (_events)
                {
                    _events.AddRange(change.Events);
                }
            });

        public IReadOnlyList<T> OfType<T>()
        {
            lock (_events)
            {
                return [.. _events.OfType<T>()];
            }
        }

        public void Dispose() => _subscription.Dispose();
    }
}
