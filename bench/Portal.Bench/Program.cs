// Portal's benchmark. Run from the repository root (README: Benchmark):
//   dotnet run -c Release --project bench/Portal.Bench -- [options]      (--help lists them)
using System.Runtime.InteropServices;
using Portal.Bench;

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine($"bench: {ex.Message} Run with --help for the options.");
    return 2;
}

if (options.ShowHelp)
{
    Console.WriteLine(BenchOptions.Usage);
    return 0;
}

using var stop = new CancellationTokenSource();

// The first Ctrl-C (or SIGTERM) stops the run and still cleans up Portal and the temporary folder; a second one aborts.
void OnSignal(PosixSignalContext context)
{
    if (!stop.IsCancellationRequested)
    {
        context.Cancel = true;
        Console.Error.WriteLine("bench: stopping; cleaning up Portal and the temporary folder (Ctrl-C again aborts at once)...");
        stop.Cancel();
    }
}

using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
try
{
    if (options.Cluster > 0)
    {
        await new ClusterRun(options).RunAsync(stop.Token);
    }
    else
    {
        await new BenchRun(options).RunAsync(stop.Token);
    }

    return 0;
}
catch (BenchException ex)
{
    Console.Error.WriteLine($"bench: {ex.Message}");
    return 1;
}
catch (OperationCanceledException) when (stop.IsCancellationRequested)
{
    Console.Error.WriteLine("bench: stopped before the end.");
    return 130;
}
