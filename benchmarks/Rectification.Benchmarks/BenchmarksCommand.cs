using BenchmarkDotNet.Running;

namespace Rectification.Benchmarks;

/// <summary>
/// BenchmarkDotNet's switcher (--filter, --list, --job, …). The benchmarks run in this process (BenchmarkDotNet's
/// --inProcess): the turn benchmarks host the bot in-process anyway, and a generated out-of-process project would
/// rebuild the solution under the house's analyzers on every run. Pass --outOfProcess for the usual isolated jobs.
/// </summary>
public static class BenchmarksCommand
{
    private const string OutOfProcess = "--outOfProcess";

    public static void Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string[] switches = args.Contains(OutOfProcess) ? [.. args.Where(a => a != OutOfProcess)] : [.. args, "--inProcess"];
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarksCommand).Assembly).Run(switches);
    }
}
