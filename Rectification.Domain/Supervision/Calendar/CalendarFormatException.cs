namespace Rectification.Domain.Supervision.Calendar;

/// <summary>A calendar file line that is not "YYYY-MM-DD holiday|workday [note]", "covers YYYY", a comment or blank.</summary>
public sealed class CalendarFormatException(string source, int lineNumber, string line)
    : FormatException($"{source}, line {lineNumber}: \"{line}\" is not \"YYYY-MM-DD holiday|workday [note]\" or \"covers YYYY\".")
{
    public string FileName { get; } = source;

    public int LineNumber { get; } = lineNumber;
}
