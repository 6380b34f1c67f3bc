namespace Portal.Web.Api.ContactNow.Actions;

using Portal.Domain.Campaigns;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Calls;

/// <summary>The status codes an action may use for the agent's call: those the agent may choose in their campaign.</summary>
internal static class DispositionCodes
{
    /// <summary>A status the agent could choose on the disposition screen, or why the code is not one.</summary>
    public static async Task<(Status? Status, string? Error)> FindAsync(ICallDesk desk, SessionSnapshot session, string code)
    {
        var status = StatusCodeRules.IsWellFormed(code)
            ? (await desk.StatusesAsync(session.CampaignId)).FirstOrDefault(s => s.Code == code)
            : null;
        return status is null
            ? (null, $"{Echo.Of(code)} is not a status agent {session.AgentUser} can choose in campaign {session.CampaignId}")
            : (status, null);
    }

    /// <summary>A status the API can apply by itself: a scheduled callback needs a date and time, which only the screen asks for.</summary>
    public static async Task<(Status? Status, string? Error)> FindApplicableAsync(ICallDesk desk, SessionSnapshot session, string code)
    {
        var (status, error) = await FindAsync(desk, session, code);
        return status is { IsScheduledCallback: true }
            ? (null, $"{code} is a scheduled callback, which needs a date and time: choose it on the agent screen")
            : (status, error);
    }
}
