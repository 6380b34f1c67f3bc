namespace Portal.IntegrationTests;

using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Agents;
using Portal.Infrastructure.Sessions;

/// <summary>Puts demo agents into the states a test needs, through the same services the agent screen uses.</summary>
internal static class LiveAgents
{
    /// <summary>Logs the agent in to a campaign (TESTCAMP unless told) on a phone named after them; they land PAUSED (LOGIN).</summary>
    public static async Task<SessionSnapshot> LogInAsync(this PortalFactory factory, string agentUser, string campaignId = "TESTCAMP")
    {
        var outcome = await factory.Services.GetRequiredService<AgentDesk>().LogInAsync(agentUser, campaignId, agentUser);
        Assert.True(outcome.Session is not null, $"Login of {agentUser} refused: {outcome.Refusal?.Reason}");
        return outcome.Session;
    }

    public static async Task<SessionSnapshot> LogInReadyAsync(this PortalFactory factory, string agentUser)
    {
        await factory.LogInAsync(agentUser);
        return await factory.SendAsync(agentUser, new GoReady());
    }

    /// <summary>Logged in, ready, offered a call and connected to it: INCALL.</summary>
    public static async Task<SessionSnapshot> LogInOnCallAsync(this PortalFactory factory, string agentUser)
    {
        await factory.LogInReadyAsync(agentUser);
        var call = new ActiveCall($"call-{agentUser}", LeadId: null, "5551230000", CallDirection.Outbound, InGroupId: null, CallFlags.None, DateTimeOffset.UtcNow);
        await factory.SendAsync(agentUser, new OfferCall(call));
        var session = await factory.SendAsync(agentUser, new ConnectCall());
        Assert.Equal(AgentState.InCall, session.State);
        return session;
    }

    public static async Task<SessionSnapshot> SendAsync(this PortalFactory factory, string agentUser, AgentCommand command)
    {
        var outcome = await factory.Services.GetRequiredService<SessionRuntime>().SendAsync(agentUser, command);
        Assert.True(outcome.IsAccepted && outcome.Session is not null, $"{command} refused for {agentUser}: {outcome.Refusal?.Reason}");
        return outcome.Session;
    }

    /// <summary>The agent's live session, or null when logged out.</summary>
    public static SessionSnapshot? Session(this PortalFactory factory, string agentUser) =>
        factory.Services.GetRequiredService<SessionRuntime>().Find(agentUser);
}
