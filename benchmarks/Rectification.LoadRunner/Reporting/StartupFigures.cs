namespace Rectification.LoadRunner.Reporting;

/// <summary>The bot started as its own process on a fresh database: how soon it answers, and how fast at first.</summary>
public sealed record StartupFigures(double ProcessStartToFirstAnswerMilliseconds, double FirstAnswerMilliseconds, int Questions, double AverageOfFirstQuestionsMilliseconds)
{
    /// <summary>The bot process's CPU time from its start to the first answer (all threads).</summary>
    public double? CpuToFirstAnswerMilliseconds { get; init; }

    /// <summary>The bot process's CPU time over the rest of the first questions.</summary>
    public double? CpuOfFirstQuestionsMilliseconds { get; init; }
}
