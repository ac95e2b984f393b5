using Rectification.Domain.Supervision.Calendar;

namespace Rectification.Bot.Supervision;

/// <summary>The bundled working calendar with the office's extra files (Supervision:CalendarFiles) laid over it, in order.</summary>
internal static class OfficeCalendar
{
    /// <exception cref="FileNotFoundException">A listed file does not exist.</exception>
    /// <exception cref="CalendarFormatException">A listed file has a line that is not a calendar line.</exception>
    public static WorkingCalendar Load(SupervisionOptions options, string contentRoot)
    {
        var calendar = WorkingCalendarFile.Bundled;
        foreach (var file in options.CalendarFiles.Where(f => !string.IsNullOrWhiteSpace(f)))
        {
            var path = Path.GetFullPath(file.Trim(), contentRoot);
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"Supervision:CalendarFiles names {path}, which does not exist.", path);
            }

            calendar = calendar.With(WorkingCalendarFile.Parse(File.ReadAllText(path), path));
        }

        return calendar;
    }
}
