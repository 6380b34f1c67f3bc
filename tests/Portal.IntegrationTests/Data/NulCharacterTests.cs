namespace Portal.IntegrationTests.Data;

using Portal.Domain.Leads;

/// <summary>
/// PostgreSQL's text cannot hold NUL (0x00); a lead imported or edited with one must still save, on either database.
/// (The Agent API already drops control characters from what it is sent, as VICIdial does.)
/// </summary>
public sealed class NulCharacterTests(LeadsApiFactory factory) : IClassFixture<LeadsApiFactory>
{
    [Fact]
    public async Task A_lead_with_a_nul_character_saves_and_reads_back_on_either_database()
    {
        var lead = await factory.NewLeadAsync(new LeadDetails { PhoneNumber = LeadsApi.NewNumber(), FirstName = "Fr\0ank" });

        // SQLite keeps it; on PostgreSQL Portal stores the replacement character instead.
        var expected = TestDatabase.OnPostgres ? "Fr\uFFFDank" : "Fr\0ank";
        Assert.Equal(expected, (await factory.LeadAsync(lead.LeadId)).Details.FirstName);
    }
}
