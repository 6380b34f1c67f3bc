namespace Portal.IntegrationTests.Admin;

using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Infrastructure.Admin.Dnc;
using Portal.Infrastructure.Admin.Leads;

/// <summary>CSV lead import: valid rows in, every other row reported by line with the reason.</summary>
public sealed class LeadImportTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private readonly ILeadImport _import = factory.Get<ILeadImport>();

    private Task<LeadImportReport> ImportAsync(long listId, string csv, DuplicateCheck duplicates = DuplicateCheck.List, bool skipDnc = true) =>
        _import.ImportAsync(Callers.Admin, listId, new MemoryStream(Encoding.UTF8.GetBytes(csv)), duplicates, skipDnc);

    private async Task<long> NewListAsync(long id)
    {
        Assert.True((await factory.Get<IListAdmin>().CreateAsync(Callers.Admin, id, $"Import {id}", "TESTCAMP")).Succeeded);
        return id;
    }

    private async Task<List<(string Phone, string? First, string? Email, string Status)>> LeadsOfAsync(long listId) =>
        [.. (await factory.QueryAsync(db => db.Leads.AsNoTracking().Where(l => l.ListId == listId).OrderBy(l => l.LeadId)
            .Select(l => new { l.Details.PhoneNumber, l.Details.FirstName, l.Details.Email, l.Status }).ToListAsync()))
            .Select(l => (l.PhoneNumber, l.FirstName, l.Email, l.Status))];

    [Fact]
    public async Task Valid_rows_are_imported_as_new_leads_and_invalid_rows_are_reported_by_line()
    {
        var list = await NewListAsync(8001);
        var csv = "phone_number,first_name,email,date_of_birth\n"
            + "(312) 555-8001,Ann,ann@example.com,1980-02-03\n"
            + "12ab,Bob,,\n"
            + "3125558003,Cy,not-an-email,\n"
            + "3125558004,\"Smith, Dee\",,1980-13-01\n"
            + "3125558005,Eve\n"
            + "3125558006,\"Multi\nline\",,\n";

        var report = await ImportAsync(list, csv);

        Assert.Null(report.FileProblem);
        Assert.Equal((6, 2, 4, 0, 0), (report.Rows, report.Imported, report.Invalid, report.Duplicates, report.DoNotCall));
        Assert.Equal(
            [(3, "phone_number"), (4, "email"), (5, "date_of_birth"), (6, null)],
            report.Skipped.Select(r => (r.Line, r.Field)));
        Assert.Equal("The row has 2 fields; the header has 4.", report.Skipped[3].Message);
        Assert.Equal(
            [("3125558001", "Ann", "ann@example.com", "NEW"), ("3125558006", "Multi\nline", null, "NEW")],
            (await LeadsOfAsync(list)).Select(l => (l.Phone, l.First, l.Email, l.Status)));
    }

    [Fact]
    public async Task Duplicates_in_the_list_and_in_the_file_are_skipped_and_reported()
    {
        var list = await NewListAsync(8002);
        await ImportAsync(list, "phone_number\n3125558100\n");

        var report = await ImportAsync(list, "phone_number,last_name\n3125558100,Again\n3125558101,New\n3125558101,Twice\n");

        Assert.Equal((1, 2), (report.Imported, report.Duplicates));
        Assert.Equal(["3125558100 is already in the list.", "3125558101 is already on line 3 of this file."], report.Skipped.Select(r => r.Message));
    }

    [Fact]
    public async Task Duplicate_checks_can_span_the_campaign_or_be_switched_off()
    {
        var first = await NewListAsync(8003);
        var second = await NewListAsync(8004);
        await ImportAsync(first, "phone_number\n3125558200\n");

        var campaign = await ImportAsync(second, "phone_number\n3125558200\n", DuplicateCheck.Campaign);
        var none = await ImportAsync(second, "phone_number\n3125558200\n3125558200\n", DuplicateCheck.None);

        Assert.Equal((0, 1), (campaign.Imported, campaign.Duplicates));
        Assert.Equal((2, 0), (none.Imported, none.Duplicates));
    }

    [Fact]
    public async Task Numbers_on_a_do_not_call_list_are_skipped_unless_asked_not_to()
    {
        var list = await NewListAsync(8005);
        await factory.Get<IDncAdmin>().AddAsync(Callers.Admin, "3125558300", "TESTCAMP");

        var skipped = await ImportAsync(list, "phone_number\n3125558300\n");
        var kept = await ImportAsync(list, "phone_number\n3125558300\n", skipDnc: false);

        Assert.Equal((0, 1, "3125558300 is on the do-not-call list."), (skipped.Imported, skipped.DoNotCall, skipped.Skipped.Single().Message));
        Assert.Equal(1, kept.Imported);
    }

    [Theory]
    [InlineData(8101, "", "The file is empty")]
    [InlineData(8102, "first_name,last_name\nAnn,Lee\n", "The header row needs a phone_number column.")]
    [InlineData(8103, "phone_number,favourite_colour\n3125558400,blue\n", "Unknown column 'favourite_colour'.")]
    [InlineData(8104, "phone_number,PHONE_NUMBER\n1,2\n", "The column phone_number appears twice.")]
    public async Task A_file_without_a_usable_header_imports_nothing(long listId, string csv, string problem)
    {
        var list = await NewListAsync(listId);

        var report = await ImportAsync(list, csv);

        Assert.StartsWith(problem, report.FileProblem, StringComparison.Ordinal);
        Assert.Empty(await LeadsOfAsync(list));
    }

    [Fact]
    public async Task A_file_over_the_size_limit_imports_nothing()
    {
        var list = await NewListAsync(8006);
        var big = "phone_number\n" + string.Concat(Enumerable.Repeat("3125558500\n", (int)(LeadImport.MaxBytes / 11) + 10));

        var report = await ImportAsync(list, big);

        Assert.Equal("The file is larger than 5 MB; split it into smaller files.", report.FileProblem);
        Assert.Empty(await LeadsOfAsync(list));
    }

    [Fact]
    public async Task An_unknown_list_is_refused()
    {
        var report = await ImportAsync(424242, "phone_number\n3125558600\n");

        Assert.Equal("There is no list 424242.", report.FileProblem);
    }

    [Theory]
    [MemberData(nameof(Callers.NotAdmins), MemberType = typeof(Callers))]
    public async Task Only_admins_may_import(string userName)
    {
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            _import.ImportAsync(Callers.SignedIn(userName), 101, new MemoryStream(Encoding.UTF8.GetBytes("phone_number\n3125558700\n")), DuplicateCheck.List, true));
    }
}
