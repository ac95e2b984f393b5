using Rectification.Domain.Import;

namespace Rectification.Tests.Import;

/// <summary>The bundled 2024-06-18 announcement, parsed once, and variants of its text for malformed-input tests.</summary>
internal static class RealAnnouncement
{
    public const string DocumentName = BundledAnnouncement.DocumentName;

    public static readonly string Text = BundledAnnouncement.ReadText();

    public static readonly ParsedAnnouncement Parsed = BundledAnnouncement.Parse();

    public static ParsedFinding Finding(int number) => Parsed.Findings.Single(f => f.Number == number);

    /// <summary>The text with line <paramref name="lineNumber"/> (1-based) replaced.</summary>
    public static string WithLine(int lineNumber, string replacement)
    {
        var lines = Lines();
        lines[lineNumber - 1] = replacement;
        return string.Join('\n', lines);
    }

    /// <summary>The text without the given lines (1-based); later lines move up.</summary>
    public static string WithoutLines(params int[] lineNumbers)
    {
        var lines = Lines().Where((_, index) => !lineNumbers.Contains(index + 1));
        return string.Join('\n', lines);
    }

    public static string Line(int lineNumber) => Lines()[lineNumber - 1];

    private static string[] Lines() => Text.Split('\n');
}
