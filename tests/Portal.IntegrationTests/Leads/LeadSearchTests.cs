namespace Portal.IntegrationTests.Leads;

using Microsoft.EntityFrameworkCore;
using Portal.Domain.Leads;
using Portal.Infrastructure.Leads;

/// <summary>The agent's lead search: a typed lead id finds that lead first, before numbers that merely contain it.</summary>
public sealed class LeadSearchTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_exact_lead_id_comes_before_leads_whose_numbers_contain_those_digits()
    {
        var target = await factory.QueryAsync(db => db.Leads.AsNoTracking().OrderBy(l => l.LeadId).Skip(40).FirstAsync());
        var digits = target.LeadId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var lookalike = Lead.Create(101, new LeadDetails { PhoneNumber = $"312{digits}99", FirstName = "Ann", LastName = "Aaronson" }, DateTimeOffset.UtcNow);
        await factory.ChangeAsync(db => db.Leads.Add(lookalike));

        var found = await factory.Get<ILeadSearch>().FindAsync(digits);

        Assert.Equal(target.LeadId, found[0].LeadId);
        Assert.Contains(found, l => l.LeadId == lookalike.LeadId);
    }

    [Fact]
    public async Task A_name_is_found_whatever_its_case()
    {
        var lead = Lead.Create(101, new LeadDetails { PhoneNumber = "3125557788", FirstName = "Zebulon", LastName = "McQuarrie" }, DateTimeOffset.UtcNow);
        await factory.ChangeAsync(db => db.Leads.Add(lead));

        var found = await factory.Get<ILeadSearch>().FindAsync("zebulon MCQUARRIE");

        Assert.Equal(lead.LeadId, Assert.Single(found).LeadId);
    }
}
