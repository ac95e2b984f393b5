namespace Rectification.LoadRunner.Soak;

/// <summary>
/// The runner's memory at one moment of a soak: the process's resident set (the bot, the idle ceiling-free runner and
/// the built-in generator, all in this process) and the GC heap as the last collection left it.
/// </summary>
/// <param name="Questions">Answered questions since the soak began.</param>
/// <param name="RssBytes">The process's resident set (Environment.WorkingSet, VmRSS on Linux).</param>
/// <param name="GcHeapBytes">The managed heap after the last collection (GCMemoryInfo.HeapSizeBytes).</param>
/// <param name="GcCommittedBytes">What the GC holds from the OS (GCMemoryInfo.TotalCommittedBytes).</param>
/// <param name="SliceP99Milliseconds">The 99th percentile of the questions since the previous sample.</param>
public sealed record SoakSample(
    double ElapsedSeconds,
    long Questions,
    long Errors,
    long RssBytes,
    long GcHeapBytes,
    long GcCommittedBytes,
    int Gen2Collections,
    double SliceRequestsPerSecond,
    double SliceP99Milliseconds)
{
    public static SoakSample Take(double elapsedSeconds, long questions, long errors, double sliceRate, double sliceP99)
    {
        var gc = GC.GetGCMemoryInfo();
        return new SoakSample(
            elapsedSeconds,
            questions,
            errors,
            Environment.WorkingSet,
            gc.HeapSizeBytes,
            gc.TotalCommittedBytes,
            GC.CollectionCount(2),
            sliceRate,
            sliceP99);
    }
}

/// <summary>A soak's samples and what they say against the memory target.</summary>
/// <param name="AfterTenThousand">The first sample taken once 10,000 questions were answered; null if never.</param>
/// <param name="RssGrowthBytes">The last sample's RSS minus the RSS at 10,000 questions (or the first sample's).</param>
public sealed record SoakReport(
    DateTimeOffset StartedUtc,
    string Scenario,
    int Connections,
    double DurationSeconds,
    IReadOnlyList<SoakSample> Samples,
    SoakSample? AfterTenThousand,
    long MaxRssBytes,
    long RssGrowthBytes,
    long GcHeapGrowthBytes);
