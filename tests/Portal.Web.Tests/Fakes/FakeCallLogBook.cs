namespace Portal.Web.Tests.Fakes;

using Portal.Infrastructure.Calls;

/// <summary>Serves <see cref="Calls"/> as the agent's calls today and records who asked.</summary>
internal sealed class FakeCallLogBook : ICallLogBook
{
    public IReadOnlyList<CallLogEntry> Calls { get; set; } = [];

    public List<string> Requests { get; } = [];

    public Task<IReadOnlyList<CallLogEntry>> TodayAsync(string agentUser, CancellationToken cancellationToken = default)
    {
        Requests.Add(agentUser);
        return Task.FromResult(Calls);
    }
}
