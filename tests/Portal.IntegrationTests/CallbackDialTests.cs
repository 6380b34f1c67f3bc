namespace Portal.IntegrationTests;

using Microsoft.EntityFrameworkCore;
using Portal.Domain.Callbacks;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Callbacks;
using Portal.Infrastructure.Calls;

/// <summary>Calling back from the callbacks panel: the dial completes the callback it was for.</summary>
public sealed class CallbackDialTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly CallDesk _desk = factory.Get<CallDesk>();

    private async Task<Callback> ScheduleDueAsync(string owner, CallbackType type, int leadSkip)
    {
        var lead = await factory.LeadWithUniqueNumberAsync(listId: 101, skip: leadSkip);
        var now = DateTimeOffset.UtcNow;
        var callback = Callback.Schedule(lead.LeadId, "TESTCAMP", now.AddMinutes(-1), type, owner, "call back", now.AddDays(-1));
        await factory.ChangeAsync(db => db.Callbacks.Add(callback));
        return callback;
    }

    private Task<CallbackState> StateOfAsync(Callback callback) =>
        factory.QueryAsync(db => db.Callbacks.Where(c => c.Id == callback.Id).Select(c => c.State).SingleAsync());

    private Task<DeskResult> DialCallbackAsync(string agentUser, Callback callback) =>
        _desk.ManualDialAsync(agentUser, new ManualDialRequest("1", "", LeadId: callback.LeadId, CallbackId: callback.Id));

    [Fact]
    public async Task Dialling_ones_own_callback_completes_it()
    {
        var callback = await ScheduleDueAsync("1001", CallbackType.UserOnly, leadSkip: 20);
        await factory.LogInAsync("1001");

        var dialled = await DialCallbackAsync("1001", callback);

        Assert.True(dialled.Succeeded, dialled.Error);
        Assert.Equal(callback.LeadId, factory.Session("1001")!.Call!.LeadId);
        Assert.Equal(CallbackState.Inactive, await StateOfAsync(callback));
        Assert.DoesNotContain(await factory.Get<ICallbackBook>().ForAgentAsync("1001", "TESTCAMP"), c => c.Id == callback.Id);
    }

    [Fact]
    public async Task Any_agent_of_the_campaign_may_complete_an_anyone_callback()
    {
        var callback = await ScheduleDueAsync("1002", CallbackType.Anyone, leadSkip: 21);
        await factory.LogInAsync("1003");

        await DialCallbackAsync("1003", callback);

        Assert.Equal(CallbackState.Inactive, await StateOfAsync(callback));
    }

    [Fact]
    public async Task Failed_callback_dial_leaves_the_callback_to_do()
    {
        var callback = await ScheduleDueAsync("1004", CallbackType.UserOnly, leadSkip: 22);
        await factory.LogInReadyAsync("1004");

        var dialled = await DialCallbackAsync("1004", callback);

        Assert.False(dialled.Succeeded);
        Assert.NotEqual(CallbackState.Inactive, await StateOfAsync(callback));
    }

    /// <summary>Services check scope themselves (house style): a callback id from a request is not trusted.</summary>
    [Fact]
    public async Task Dialling_another_agents_user_only_callback_leaves_it_for_its_owner()
    {
        var callback = await ScheduleDueAsync("1005", CallbackType.UserOnly, leadSkip: 23);
        await factory.LogInAsync("1006");

        await DialCallbackAsync("1006", callback);

        Assert.NotEqual(CallbackState.Inactive, await StateOfAsync(callback));
        Assert.Contains(await factory.Get<ICallbackBook>().ForAgentAsync("1005", "TESTCAMP"), c => c.Id == callback.Id);
    }

    [Fact]
    public async Task Dialling_a_callback_with_a_different_lead_is_refused_and_leaves_it_open()
    {
        var callback = await ScheduleDueAsync("1007", CallbackType.UserOnly, leadSkip: 24);
        var otherLead = await factory.LeadWithUniqueNumberAsync(listId: 101, skip: 25);
        await factory.LogInAsync("1007");

        var result = await _desk.ManualDialAsync("1007", new ManualDialRequest("1", "", LeadId: otherLead.LeadId, CallbackId: callback.Id));

        Assert.Equal("This callback is for another lead.", result.Error);
        Assert.Null(factory.Session("1007")?.Call);
        Assert.NotEqual(CallbackState.Inactive, await StateOfAsync(callback));
    }
}
