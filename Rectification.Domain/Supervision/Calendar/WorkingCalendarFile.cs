using System.Collections.Immutable;
using System.Globalization;

namespace Rectification.Domain.Supervision.Calendar;

/// <summary>
/// Reads the calendar's text format: one day a line ("2026-10-01 holiday 国庆节", "2026-10-10 workday 国庆节调休上班"),
/// "covers 2026" for each year whose notice the file holds, "#" comments. The bundled file ships in this assembly;
/// offices extend it with files of the same format (Supervision:CalendarFiles).
/// </summary>
public static class WorkingCalendarFile
{
    public const string BundledResourceName = "Supervision.china-working-calendar.txt";

    private static readonly Lazy<WorkingCalendar> BundledCalendar = new(LoadBundled);

    /// <summary>China's holidays and make-up working days as the State Council published them (2024–2026).</summary>
    public static WorkingCalendar Bundled => BundledCalendar.Value;

    /// <summary>Reads one file's text; <paramref name="source"/> names it in errors.</summary>
    public static WorkingCalendar Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var days = ImmutableSortedDictionary.CreateBuilder<DateOnly, CalendarDayKind>();
        var years = ImmutableSortedSet.CreateBuilder<int>();
        var lines = text.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split((char[]?)null, 3, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length >= 2 && parts[0] == "covers" && parts.Length == 2
                && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 9999)
            {
                years.Add(year);
            }
            else if (parts.Length >= 2
                && DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                && Kind(parts[1]) is { } kind)
            {
                days[date] = kind;
            }
            else
            {
                throw new CalendarFormatException(source, index + 1, line);
            }
        }

        return new WorkingCalendar(days.ToImmutable(), years.ToImmutable());
    }

    private static CalendarDayKind? Kind(string word) => word switch
    {
        "holiday" => CalendarDayKind.Holiday,
        "workday" => CalendarDayKind.Workday,
        _ => null,
    };

    private static WorkingCalendar LoadBundled()
    {
        using var stream = typeof(WorkingCalendarFile).Assembly.GetManifestResourceStream(BundledResourceName)
            ?? throw new InvalidOperationException($"The bundled working calendar ({BundledResourceName}) is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "china-working-calendar.txt");
    }
}
