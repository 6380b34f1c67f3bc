namespace Portal.IntegrationTests.Rest;

using System.Diagnostics;
using System.Net;
using System.Text.Json;

/// <summary>
/// The OpenAPI document passes a real validator (Redocly's recommended rules, from npm: tests/openapi-lint, installed by
/// ./test.sh) and describes enums so client generators can use them (a type, and a default among the values).
/// </summary>
public sealed class RestOpenApiLintTests(RestApiFactory factory) : IClassFixture<RestApiFactory>
{
    [Fact]
    public async Task The_document_has_no_problem_by_redoclys_recommended_rules()
    {
        var linter = Path.Combine(RepositoryRoot(), "tests", "openapi-lint");
        Assert.True(
            Directory.Exists(Path.Combine(linter, "node_modules")),
            $"The OpenAPI linter is not installed: run ./test.sh, or npm ci in {linter}.");
        var file = Path.Combine(Path.GetTempPath(), $"portal-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, await DocumentAsync());
        try
        {
            var (exitCode, output) = await RunAsync("node", linter, "lint.mjs", file);

            Assert.True(exitCode == 0, $"redocly found problems:\n{output}");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Every_enum_has_a_type_and_a_default_among_its_values()
    {
        using var document = JsonDocument.Parse(await DocumentAsync());

        var enums = document.RootElement.GetProperty("components").GetProperty("schemas").EnumerateObject()
            .Where(s => s.Value.TryGetProperty("enum", out _))
            .ToList();

        Assert.Contains(enums, e => e.Name == "CallbackType");
        Assert.All(enums, e =>
        {
            var type = e.Value.GetProperty("type");
            var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()).ToList() : [type.GetString()];
            var values = e.Value.GetProperty("enum").EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? null : v.GetString()).ToList();
            Assert.Equal(values.Contains(null) ? ["null", "string"] : ["string"], types.Order(StringComparer.Ordinal));
            if (e.Value.TryGetProperty("default", out var defaultValue))
            {
                Assert.Contains(defaultValue.GetString(), values);
            }
        });
    }

    [Fact]
    public async Task Servers_have_no_trailing_slash()
    {
        using var document = JsonDocument.Parse(await DocumentAsync());

        var servers = document.RootElement.GetProperty("servers").EnumerateArray().Select(s => s.GetProperty("url").GetString()!).ToList();

        Assert.NotEmpty(servers);
        Assert.All(servers, url => Assert.False(url.EndsWith('/'), url));
    }

    private async Task<string> DocumentAsync()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string program, string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Portal.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"Portal.sln is not above {AppContext.BaseDirectory}.");
    }
}
