using System.Diagnostics;
using System.Runtime;

namespace Rectification.LoadRunner.Load;

/// <summary>The runtime's own counters of this process at one moment; two of them bracket a measured window.</summary>
public readonly record struct RuntimeCounters(TimeSpan Cpu, long AllocatedBytes, long JitCompiledMethods, TimeSpan JitTime)
{
    /// <summary>
    /// Reads CPU and JIT first, then collects and reads the allocated bytes, so the collection is outside the window's
    /// CPU. Under the bot's server GC neither count of GC.GetTotalAllocatedBytes is trustworthy on its own: the
    /// imprecise one is brought up to date only by a collection (a 10 s window read 0), and the precise one was seen
    /// to jump by gigabytes and back between two reads. After a blocking collection the imprecise count is right, except
    /// that now and then it still reads the same before and after a busy window (WindowFigures reports that as n/a).
    /// </summary>
    public static RuntimeCounters Now()
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var jitMethods = JitInfo.GetCompiledMethodCount();
        var jitTime = JitInfo.GetCompilationTime();
        GC.Collect();
        return new RuntimeCounters(cpu, GC.GetTotalAllocatedBytes(precise: false), jitMethods, jitTime);
    }

    public static RuntimeCounters operator -(RuntimeCounters after, RuntimeCounters before) => new(
        after.Cpu - before.Cpu,
        after.AllocatedBytes - before.AllocatedBytes,
        after.JitCompiledMethods - before.JitCompiledMethods,
        after.JitTime - before.JitTime);

    public static RuntimeCounters Subtract(RuntimeCounters after, RuntimeCounters before) => after - before;
}
