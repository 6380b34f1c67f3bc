namespace Portal.IntegrationTests.Reports;

using Portal.Infrastructure.Reports;

/// <summary>RFC 4180 quoting and the spreadsheet formula guard.</summary>
public sealed class CsvWriterTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("", "")]
    [InlineData(null, "")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("cr\rhere", "\"cr\rhere\"")]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+15551234", "'+15551234")]
    [InlineData("-5", "'-5")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tTAB", "'\tTAB")]
    [InlineData("=A1,B1", "\"'=A1,B1\"")]
    [InlineData("a=b", "a=b")]
    public void Fields_are_quoted_and_guarded(string? value, string expected)
    {
        Assert.Equal(expected, CsvWriter.Field(value));
    }

    [Fact]
    public async Task Rows_end_in_crlf()
    {
        using var text = new StringWriter();

        await new CsvWriter(text).WriteRowAsync(["a", "b,c", null]);

        Assert.Equal("a,\"b,c\",\r\n", text.ToString());
    }
}
