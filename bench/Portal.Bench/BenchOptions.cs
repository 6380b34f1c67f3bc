namespace Portal.Bench;

using System.Globalization;

/// <summary>The command line: every option has a default, so a bare run measures the targets.</summary>
internal sealed record BenchOptions
{
    public const string Usage = """
        Portal benchmark: starts Portal.Web on a temporary database, restores N live agent sessions, drives
        /agc/api.php from this process at increasing rates (open loop) and measures API-to-screen time in Chromium.

        Usage: dotnet run -c Release --project bench/Portal.Bench -- [options]

          --agents N             live agent sessions restored at start-up (default 100)
          --rates A,B,...        offered calls per second, one step each (default 500,1000,2000,3000)
          --seconds S            length of each step (default 10)
          --warmup S             unrecorded warm-up before the first step, at its rate (default 3)
          --functions LIST       the call mix: name[=value][:weight],... (default external_pause:9,version:1)
                                 external_pause without a value alternates RESUME/PAUSE per agent;
                                 e.g. calls_in_queue_count=DISPLAY:1 adds a function with a fixed value
          --connections N        HTTP connections (default: rate/25 per step, at least 8)
          --closed-loop A,B,...  closed-loop steps (wrk-like) at these connection counts, each --seconds long, with at
                                 most one call per agent in flight (an agent's commands never overtake each other);
                                 the open-loop --rates steps then run only if --rates is given too
          --desks N              open N tabs of agent 1001's desk in Chromium at start and report Portal's memory per
                                 desk (default 0)
          --no-strace            do not count Portal's fsyncs (default: run Portal under strace --seccomp-bpf, tracing
                                 only fsync/fdatasync, when /usr/bin/strace exists; never with --postgres)
          --postgres CONN        run Portal on PostgreSQL instead of SQLite: CONN names a server
                                 ("Host=...;Port=...;Username=...[;Password=...]"); the bench makes a database of its own
                                 there (portal_bench_<random>, which replaces any Database=) and drops it at the end;
                                 fsyncs are not counted, as they are the server's, not Portal's
          --cluster N            run N Portal nodes as one cluster on this machine (needs --postgres; starts a private
                                 redis-server): live sessions and memory per node, --desks spread over the nodes, the
                                 closed loop (default 16 connections) spread over the nodes, API-to-screen from node 1's
                                 page to node 2's API, and the failover after a kill -9 of one node (README: Cluster mode)
          --timeout S            per-call timeout, counted as an error (default 5)
          --keep-going           run every step even after one saturates (default: stop at the first that does)
          --screen-samples M     API-to-screen samples per run, 0 = no browser (default 200)
          --screen-load-rate R   offered rate for the API-to-screen run under load (default: the highest step
                                 that did not saturate; 0 = only the idle run)
          --chromium PATH        Chromium binary (default: $PORTAL_CHROMIUM, else /usr/bin/chromium)
          --portal PATH          Portal.Web executable (default: the one built next to this bench)
          --keep-data            keep the temporary folder (database, server log) and print its path; with
                                 --postgres, keep the PostgreSQL database too and print its name
          -h, --help             this text
        """;

    public int Agents { get; init; } = 100;

    public IReadOnlyList<int> Rates { get; init; } = [500, 1000, 2000, 3000];

    public int Seconds { get; init; } = 10;

    public int WarmupSeconds { get; init; } = 3;

    public IReadOnlyList<FunctionSpec> Functions { get; init; } = FunctionSpec.ParseList("external_pause:9,version:1");

    public int? Connections { get; init; }

    public IReadOnlyList<int> ClosedLoop { get; init; } = [];

    /// <summary>Whether --rates was given (with --closed-loop, the open-loop steps run only then).</summary>
    public bool RatesGiven { get; init; }

    public int Desks { get; init; }

    public bool Strace { get; init; } = FsyncTrace.Available;

    /// <summary>The PostgreSQL server to run Portal on (a connection string without a database), or null for SQLite.</summary>
    public string? Postgres { get; init; }

    /// <summary>Nodes of the cluster run; 0 = the single-process bench.</summary>
    public int Cluster { get; init; }

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(5);

    public bool KeepGoing { get; init; }

    public int ScreenSamples { get; init; } = 200;

    /// <summary>Null: choose the highest unsaturated step; 0: no run under load.</summary>
    public int? ScreenLoadRate { get; init; }

    public string Chromium { get; init; } = Environment.GetEnvironmentVariable("PORTAL_CHROMIUM") ?? "/usr/bin/chromium";

    public string? PortalExecutable { get; init; }

    public bool KeepData { get; init; }

    public bool ShowHelp { get; init; }

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            options = name switch
            {
                "--agents" => options with { Agents = Positive(name, Next()) },
                "--rates" => options with { Rates = List(name, Next()), RatesGiven = true },
                "--closed-loop" => options with { ClosedLoop = List(name, Next()) },
                "--desks" => options with { Desks = NonNegative(name, Next()) },
                "--no-strace" => options with { Strace = false },
                "--postgres" => options with { Postgres = PostgresServer(name, Next()) },
                "--seconds" => options with { Seconds = Positive(name, Next()) },
                "--warmup" => options with { WarmupSeconds = NonNegative(name, Next()) },
                "--functions" => options with { Functions = FunctionSpec.ParseList(Next()) },
                "--connections" => options with { Connections = Positive(name, Next()) },
                "--cluster" => options with { Cluster = Positive(name, Next()) },
                "--timeout" => options with { Timeout = TimeSpan.FromSeconds(Positive(name, Next())) },
                "--keep-going" => options with { KeepGoing = true },
                "--screen-samples" => options with { ScreenSamples = NonNegative(name, Next()) },
                "--screen-load-rate" => options with { ScreenLoadRate = NonNegative(name, Next()) },
                "--chromium" => options with { Chromium = Next() },
                "--portal" => options with { PortalExecutable = Next() },
                "--keep-data" => options with { KeepData = true },
                "-h" or "--help" => options with { ShowHelp = true },
                _ => throw new ArgumentException($"Unknown option {name}."),
            };
        }

        if (options.Rates.Count == 0)
        {
            throw new ArgumentException("--rates needs at least one rate.");
        }

        if (options.Cluster > 0 && options.Postgres is null)
        {
            throw new ArgumentException("--cluster needs --postgres CONN: the nodes share one PostgreSQL database (SQLite allows one writing process).");
        }

        // strace would count Portal's fsyncs only; on PostgreSQL the commits' fsyncs are the server's.
        return options.Postgres is null ? options : options with { Strace = false };
    }

    private static int[] List(string name, string text) =>
        [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(r => Positive(name, r))];

    /// <summary>The open-loop rate steps to run.</summary>
    public IReadOnlyList<int> OpenLoopRates => ClosedLoop.Count > 0 && !RatesGiven ? [] : Rates;

    private static string PostgresServer(string name, string text)
    {
        try
        {
            return new Npgsql.NpgsqlConnectionStringBuilder(text).ConnectionString;
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException($"{name}: {ex.Message}", ex);
        }
    }

    private static int Positive(string name, string text) =>
        NonNegative(name, text) is > 0 and var value ? value : throw new ArgumentException($"{name} must be greater than 0.");

    private static int NonNegative(string name, string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ArgumentException($"{name} expects a whole number, not '{text}'.");
}
