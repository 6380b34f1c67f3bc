namespace Portal.IntegrationTests;

/// <summary>external_dial's outbound_cid where the system allows it for the API (contract §3.11 step 8).</summary>
public sealed class ExternalDialOutboundCidTests(OutboundCidApiOnlyFactory factory) : IClassFixture<OutboundCidApiOnlyFactory>
{
    [Fact]
    public async Task Outbound_cid_becomes_the_caller_id_and_forces_the_group_alias()
    {
        await factory.LogInAsync("1001");
        var number = OutboundCidApiOnlyFactory.AnswerNumber;

        var reply = await factory.CreateClient().CallAsync(
            "external_dial", ("agent_user", "1001"), ("value", number), ("outbound_cid", "3125559999"), ("search", "NO"), ("preview", "NO"), ("focus", "NO"));

        Assert.Matches($@"^SUCCESS: external_dial function set - {number}\|1001\|\|NO\|NO\|NO\|\|\d+\|\|-FORCE-\|3125559999\|\n$", reply.Body);
        Assert.Equal(number, factory.Session("1001")?.Call?.PhoneNumber);
    }
}
