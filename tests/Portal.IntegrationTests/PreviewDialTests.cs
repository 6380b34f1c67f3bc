namespace Portal.IntegrationTests;

using Microsoft.Extensions.Options;
using Portal.Domain.Sessions;
using Portal.Infrastructure.Calls;

/// <summary>Preview dialling and "dial next number": which lead comes next, skipping, and placing the call.</summary>
public sealed class PreviewDialTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly CallDesk _desk = factory.Get<CallDesk>();

    [Fact]
    public async Task Preview_offers_a_dialable_lead_of_the_agents_campaign()
    {
        await factory.LogInAsync("1001");
        var rules = factory.Get<IOptions<CallCenterOptions>>().Value;

        var lead = await _desk.PreviewNextAsync("1001");

        Assert.NotNull(lead);
        Assert.Equal(101, lead.ListId);
        Assert.Contains(lead.Status, rules.DialableStatuses);
        Assert.True(lead.CalledCount < rules.MaxCalledCount);
    }

    [Fact]
    public async Task Skipped_lead_is_not_offered_again_to_that_agent()
    {
        await factory.LogInAsync("1002");
        var skipped = (await _desk.PreviewNextAsync("1002"))!;

        _desk.SkipPreview("1002", skipped.LeadId);
        var next = await _desk.PreviewNextAsync("1002");

        Assert.NotNull(next);
        Assert.NotEqual(skipped.LeadId, next.LeadId);
    }

    [Fact]
    public async Task Skipped_lead_is_still_offered_to_other_agents()
    {
        await factory.LogInAsync("1003");
        await factory.LogInAsync("1004");
        var skipped = (await _desk.PreviewNextAsync("1003"))!;

        _desk.SkipPreview("1003", skipped.LeadId);

        Assert.Equal(skipped.LeadId, (await _desk.PreviewNextAsync("1004"))?.LeadId);
    }

    [Fact]
    public async Task Lead_whose_number_is_on_the_dnc_list_is_not_offered()
    {
        await factory.LogInAsync("1005");
        var first = (await _desk.PreviewNextAsync("1005"))!;

        await factory.ChangeAsync(db => db.DncNumbers.Add(new DncNumber { PhoneNumber = first.Details.PhoneNumber, AddedAt = DateTimeOffset.UtcNow, AddedBy = "admin" }));

        Assert.NotEqual(first.LeadId, (await _desk.PreviewNextAsync("1005"))?.LeadId);
    }

    [Fact]
    public async Task Preview_for_an_agent_who_is_not_logged_in_offers_nothing()
    {
        Assert.Null(await _desk.PreviewNextAsync("1020"));
    }

    [Fact]
    public async Task Dial_next_places_a_manual_call_to_the_previewed_lead()
    {
        await factory.LogInAsync("1006");
        var previewed = (await _desk.PreviewNextAsync("1006"))!;

        var dialled = await _desk.DialNextAsync("1006");

        Assert.True(dialled.Succeeded, dialled.Error);
        var session = factory.Session("1006")!;
        Assert.Contains(session.State, new[] { AgentState.InCall, AgentState.Dispo });
        Assert.Equal((previewed.LeadId, previewed.Details.PhoneNumber, CallDirection.Manual), (session.Call!.LeadId, session.Call.PhoneNumber, session.Call.Direction));
    }

    [Fact]
    public async Task Dial_next_passes_over_a_skipped_lead()
    {
        await factory.LogInAsync("1007");
        var skipped = (await _desk.PreviewNextAsync("1007"))!;
        _desk.SkipPreview("1007", skipped.LeadId);

        await _desk.DialNextAsync("1007");

        Assert.NotEqual(skipped.LeadId, factory.Session("1007")!.Call!.LeadId);
    }

    [Fact]
    public async Task Lead_on_a_live_call_is_not_offered()
    {
        await factory.LogInAsync("1008");
        await factory.LogInAsync("1009");
        var first = (await _desk.PreviewNextAsync("1008"))!;
        factory.Get<CallRegistry>().Track(new TrackedCall("live-1008", TrackedCallKind.Manual, "TESTCAMP", null, first.LeadId, "1", first.Details.PhoneNumber, DateTimeOffset.UtcNow));

        var offered = await _desk.PreviewNextAsync("1009");

        factory.Get<CallRegistry>().Forget("live-1008");
        Assert.NotEqual(first.LeadId, offered?.LeadId);
    }

    [Fact]
    public async Task Dial_next_while_ready_is_refused()
    {
        await factory.LogInReadyAsync("1010");

        var dialled = await _desk.DialNextAsync("1010");

        Assert.Equal("Pause first: manual dials are placed while paused.", dialled.Error);
    }
}
