namespace Portal.Web.Tests.Admin;

using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Admin.Leads;
using Portal.Web.Components.Admin.Leads;

public sealed class LeadImportPageTests : AdminTestContext
{
    private readonly FakeImport _import = new();

    public LeadImportPageTests()
    {
        Services.AddSingleton<ILeadImport>(_import);
        Services.AddSingleton<IListAdmin>(new FakeListAdmin());
    }

    [Fact]
    public void An_import_needs_a_list_and_a_file()
    {
        var cut = RenderPage();

        cut.Find("form").Submit();

        Assert.Equal(["Choose the list to import into.", "Choose a CSV file."], Messages(cut));
        Assert.Empty(_import.Imports);
    }

    [Fact]
    public void The_chosen_file_is_imported_into_the_list_and_the_skipped_rows_are_listed()
    {
        _import.Report = new LeadImportReport(null, 3, 2, 1, 0, 0, [new LeadImportRow(3, "phone_number", "The phone number has 3 to 18 digits.")]);
        var cut = RenderPage();

        Choose<LeadImportPage, long?>(cut, "List", 201);
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("phone_number\n3125550101\n3125550102\n12\n", "leads.csv"));
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Equal([(201L, DuplicateCheck.List, true, "phone_number\n3125550101\n3125550102\n12\n")], _import.Imports));
        Assert.Equal("Imported 2 of 3 rows.", cut.Find("[role='status']").TextContent.Trim());
        Assert.Equal(["3", "phone_number", "The phone number has 3 to 18 digits."], cut.FindAll("tr[data-line='3'] td").Select(td => td.TextContent.Trim()));
    }

    [Fact]
    public void The_page_speaks_spanish()
    {
        UseSpanish();
        var cut = RenderPage();

        Assert.Equal("Importar leads", cut.Find("h1").TextContent.Trim());
        Assert.Contains("Elegir un archivo CSV", cut.ButtonTexts());
        Assert.Equal("Importar", ButtonLookup.ButtonText(cut.Find("button[type='submit']")));
    }

    private IRenderedComponent<LeadImportPage> RenderPage()
    {
        RenderProviders();
        return Render<LeadImportPage>();
    }

    private sealed class FakeImport : ILeadImport
    {
        public LeadImportReport Report { get; set; } = new(null, 0, 0, 0, 0, 0, []);

        public List<(long ListId, DuplicateCheck Duplicates, bool SkipDoNotCall, string Csv)> Imports { get; } = [];

        public async Task<LeadImportReport> ImportAsync(
            ClaimsPrincipal caller, long listId, Stream csv, DuplicateCheck duplicates, bool skipDoNotCall, CancellationToken cancellationToken = default)
        {
            using var reader = new StreamReader(csv);
            Imports.Add((listId, duplicates, skipDoNotCall, await reader.ReadToEndAsync(cancellationToken)));
            return Report;
        }
    }
}
