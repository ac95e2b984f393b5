namespace Rectification.Domain.Import;

/// <summary>
/// The announcement does not have the shape the parser knows. The message says where (line), what was expected
/// and what was found, so whoever prepared the document can fix it; nothing is imported from such a document.
/// </summary>
public sealed class AnnouncementFormatException : FormatException
{
    public AnnouncementFormatException(int lineNumber, string problem)
        : base(lineNumber > 0 ? $"line {lineNumber}: {problem}" : problem)
    {
        LineNumber = lineNumber;
        Problem = problem;
    }

    /// <summary>The 1-based line of the document; 0 when the problem is the document's name, not its text.</summary>
    public int LineNumber { get; }

    /// <summary>The message without the line prefix.</summary>
    public string Problem { get; }
}
