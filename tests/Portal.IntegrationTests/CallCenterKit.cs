namespace Portal.IntegrationTests;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Leads;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Calls;
using Portal.Infrastructure.Data;
using Portal.Infrastructure.Sessions;
using Portal.Infrastructure.Telephony;

/// <summary>Services, data and waits the call-center tests share.</summary>
internal static class CallCenterKit
{
    private static int s_callers;

    /// <summary>A phone number no lead has and no other test uses: a caller the portal has never seen.</summary>
    public static string NewCallerNumber() => $"99955{Interlocked.Increment(ref s_callers):D5}";

    public static T Get<T>(this PortalFactory factory)
        where T : notnull => factory.Services.GetRequiredService<T>();

    public static async Task<T> QueryAsync<T>(this PortalFactory factory, Func<PortalDbContext, Task<T>> query)
    {
        await using var db = await factory.Get<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    public static Task ChangeAsync(this PortalFactory factory, Action<PortalDbContext> change) =>
        factory.ChangeAsync(db =>
        {
            change(db);
            return Task.CompletedTask;
        });

    public static async Task ChangeAsync(this PortalFactory factory, Func<PortalDbContext, Task> change)
    {
        await using var db = await factory.Get<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        await change(db);
        await db.SaveChangesAsync();
    }

    /// <summary>Waits until the agent's live session satisfies <paramref name="isDone"/> and returns it.</summary>
    public static async Task<SessionSnapshot> WaitForSessionAsync(
        this PortalFactory factory, string agentUser, Func<SessionSnapshot, bool> isDone, string waitingFor, TimeSpan? timeout = null)
    {
        var session = await Eventually.UntilAsync(
            () => Task.FromResult(factory.Session(agentUser)), s => s is not null && isDone(s), $"agent {agentUser}: {waitingFor}", timeout);
        return session!;
    }

    /// <summary>A seeded lead of the list whose phone number no other lead has, so a caller maps to it alone.</summary>
    public static Task<Lead> LeadWithUniqueNumberAsync(this PortalFactory factory, long listId, int skip = 0) =>
        factory.QueryAsync(async db =>
        {
            var unique = db.Leads.GroupBy(l => l.Details.PhoneNumber).Where(g => g.Count() == 1).Select(g => g.Key);
            return await db.Leads.AsNoTracking()
                .Where(l => l.ListId == listId && l.Details.SourceId == "DEMO" && unique.Contains(l.Details.PhoneNumber))
                .OrderBy(l => l.LeadId).Skip(skip).FirstAsync();
        });

    public static Task<Lead> LeadAsync(this PortalFactory factory, long leadId) =>
        factory.QueryAsync(db => db.Leads.AsNoTracking().SingleAsync(l => l.LeadId == leadId));

    /// <summary>
    /// Logs the agent in (PAUSED), dials a number that always answers as a new lead, and waits for the customer to pick
    /// up: INCALL on a live call the call controls may act on.
    /// </summary>
    public static async Task<SessionSnapshot> LogInOnAnsweredCallAsync(
        this PortalFactory factory, string agentUser, string number = DialOutcomesFactory.AnswerNumber, string campaignId = "TESTCAMP")
    {
        await factory.LogInAsync(agentUser, campaignId);
        var dialled = await factory.Get<CallDesk>().ManualDialAsync(agentUser, new ManualDialRequest("1", number, SearchExistingLead: false));
        Assert.True(dialled.Succeeded, dialled.Error);
        return await factory.WaitForSessionAsync(
            agentUser, s => s.State == AgentState.InCall && s.Call is { } c && !c.Has(CallFlags.Ringing), "the customer to answer");
    }

    /// <summary>On an answered call, hung up by the agent: in DISPO, ready for a disposition.</summary>
    public static async Task<SessionSnapshot> LogInToDispositionAsync(
        this PortalFactory factory, string agentUser, string number = DialOutcomesFactory.AnswerNumber)
    {
        await factory.LogInOnAnsweredCallAsync(agentUser, number);
        var hungUp = await factory.Get<CallDesk>().HangUpAsync(agentUser);
        Assert.True(hungUp.Succeeded, hungUp.Error);
        var session = factory.Session(agentUser);
        Assert.Equal(AgentState.Dispo, session?.State);
        return session!;
    }

    /// <summary>
    /// Ends every live session and call of the host, so the next test of a class that shares it starts with no READY
    /// agents and no waiting calls (who gets a call depends on both).
    /// </summary>
    public static async Task ResetCallCenterAsync(this PortalFactory factory)
    {
        var router = factory.Get<CallRouter>();
        var registry = factory.Get<CallRegistry>();
        var telephony = factory.Get<ITelephony>();
        foreach (var call in registry.All())
        {
            router.Remove(call.CallId);
            registry.Forget(call.CallId);
            await telephony.HangUpAsync(call.CallId);
        }

        var sessions = factory.Get<SessionRuntime>();
        foreach (var session in sessions.All())
        {
            await sessions.SendAsync(session.AgentUser, new LogOut(Immediately: true));
        }
    }
}
