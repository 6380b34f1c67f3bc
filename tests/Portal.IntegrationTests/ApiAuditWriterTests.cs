namespace Portal.IntegrationTests;

using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Audit;

/// <summary>The audit writer under trouble: a batch that fails costs only the rows that fail again on their own.</summary>
public sealed class ApiAuditWriterTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private ApiAuditLog Writer => factory.Services.GetRequiredService<ApiAuditLog>();

    [Fact]
    public async Task A_bad_row_does_not_lose_the_rest_of_its_batch()
    {
        var source = AuditRows.NewSource();
        var lostBefore = Writer.LostRows;

        await Writer.InsertAsync([Row(source, "before"), Unwritable(source), Row(source, "after")]);

        var rows = await factory.WithSourceAsync(source);
        Assert.Equal(["before", "after"], rows.Select(r => r.ResultReason));
        Assert.Equal(lostBefore + 1, Writer.LostRows);
    }

    [Fact]
    public async Task The_writer_keeps_writing_after_a_bad_row()
    {
        var source = AuditRows.NewSource();

        await Writer.WriteAsync(Unwritable(source));
        await Writer.WriteAsync(Row(source, "later"));

        var row = Assert.Single(await factory.WaitForRowsAsync(source));
        Assert.Equal("later", row.ResultReason);
    }

    [Fact]
    public async Task Rows_written_together_with_a_bad_one_are_all_committed_before_their_callers_go_on()
    {
        var source = AuditRows.NewSource();
        var lostBefore = Writer.LostRows;

        // Written at once, they share transactions with each other (and with session changes); the bad one fails alone.
        await Task.WhenAll([.. Enumerable.Range(1, 20).Select(n => Writer.WriteAsync(n == 10 ? Unwritable(source) : Row(source, $"row {n}")))]);

        Assert.Equal(19, (await factory.WithSourceAsync(source)).Count);
        Assert.Equal(lostBefore + 1, Writer.LostRows);
    }

    [Fact]
    public async Task Rows_written_from_many_threads_at_once_are_each_committed_before_their_caller_goes_on()
    {
        var source = AuditRows.NewSource();

        // Written at once, they share the group commit's batches; each caller reads its own row back as soon as its
        // write completes.
        var found = await Task.WhenAll(Enumerable.Range(1, 60).Select(n => Task.Run(async () =>
        {
            await Writer.WriteAsync(Row(source, $"row {n}"));
            return (await factory.WithSourceAsync(source)).Any(r => r.ResultReason == $"row {n}");
        })));

        Assert.All(found, Assert.True);
        Assert.Equal(60, (await factory.WithSourceAsync(source)).Count);
    }

    [Fact]
    public async Task A_healthy_batch_is_written_whole()
    {
        var source = AuditRows.NewSource();
        var lostBefore = Writer.LostRows;

        await Writer.InsertAsync([.. Enumerable.Range(1, 50).Select(n => Row(source, $"row {n}"))]);

        Assert.Equal(50, (await factory.WithSourceAsync(source)).Count);
        Assert.Equal(lostBefore, Writer.LostRows);
    }

    [Fact]
    public async Task A_row_reads_back_as_it_was_written()
    {
        var source = AuditRows.NewSource();
        var at = DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        var written = Row(source, "");
        written.ApiDate = at;
        written.Value = "PAUSE café ñandú 日本語 🎧";
        written.Data = "";
        written.AgentUser = "1001";
        written.RemoteIp = null;
        written.RunTimeSeconds = 0.123456;
        written.Url = "/agc/api.php?data=" + new string('x', 1500) + "é";

        await Writer.WriteAsync(written);

        var row = Assert.Single(await factory.WithSourceAsync(source));
        Assert.Equal(at, row.ApiDate);
        Assert.Equal("", row.ResultReason);
        Assert.Equal("PAUSE café ñandú 日本語 🎧", row.Value);
        Assert.Equal("", row.Data);
        Assert.Equal("1001", row.AgentUser);
        Assert.Null(row.RemoteIp);
        Assert.Equal(0.123456, row.RunTimeSeconds, 6);
        Assert.Equal(written.Url, row.Url);
    }

    private static ApiLogEntry Row(string source, string reason) => new()
    {
        ApiDate = DateTimeOffset.UtcNow,
        User = "api",
        Function = "external_pause",
        Result = "SUCCESS",
        ResultReason = reason,
        Source = source,
        ApiScript = "agent",
    };

    /// <summary>A row the database refuses (a required column left NULL), as a corrupt entry would be.</summary>
    private static ApiLogEntry Unwritable(string source)
    {
        var row = Row(source, "unwritable");
        row.Function = null!;
        return row;
    }
}
