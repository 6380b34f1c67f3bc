namespace Portal.Web.Tests;

using Portal.Domain.Leads;

/// <summary>Leads for component tests, with the id the database would have given them.</summary>
internal static class Leads
{
    public static LeadDetails Mary => new()
    {
        Title = "Ms",
        FirstName = "Mary",
        LastName = "Smith",
        PhoneCode = "1",
        PhoneNumber = "5551234567",
        City = "Springfield",
        State = "IL",
        PostalCode = "62701",
        Email = "mary@example.com",
        DateOfBirth = new DateOnly(1980, 4, 2),
        Rank = 5,
        Comments = "Prefers mornings",
    };

    public static LeadDetails John => new() { FirstName = "John", LastName = "Doe", PhoneNumber = "5557654321", City = "Dayton", State = "OH" };

    public static Lead With(long leadId, LeadDetails details, long listId = 101)
    {
        var lead = Lead.Create(listId, details, Sessions.Now);

        // LeadId is set by the database; the domain offers no other way to give a test lead one.
        typeof(Lead).GetProperty(nameof(Lead.LeadId))!.SetValue(lead, leadId);
        return lead;
    }
}
