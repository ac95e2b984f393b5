using Rectification.Bot.Hosting.Logging;
using Rectification.Domain.Supervision;

namespace Rectification.Bot.Supervision;

/// <summary>
/// Says at start-up when this year or the next has no State Council notice in the calendar: its deadlines are then
/// counted as plain weekdays, holidays included, until an administrator adds the notice (Supervision:CalendarFiles).
/// </summary>
internal sealed partial class CalendarCoverageWarning(SupervisionToday today, ILogger<CalendarCoverageWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var year = today.Today().Year;
        foreach (var uncovered in new[] { year, year + 1 }.Where(y => !today.Ladder.Calendar.Covers(y)))
        {
            LogYearNotCovered(uncovered, SupervisionOptions.Section);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = FailureEvents.CalendarYearNotCovered, Level = LogLevel.Warning, Message = "The working-day calendar holds no State Council holiday notice for {Year}: its days are counted as plain weekdays (Monday to Friday). Add the notice in a file listed under {Section}:CalendarFiles.")]
    private partial void LogYearNotCovered(int year, string section);
}
