using System.Collections.Immutable;
using Rectification.Domain.Findings;

namespace Rectification.Domain.Import;

/// <summary>One finding of section 二 with what the announcement reported about it.</summary>
/// <param name="Number">The published number (the N of <c>N.关于“…”的问题</c>).</param>
/// <param name="Title">The problem statement between the quotation marks, exactly as published.</param>
/// <param name="Heading">The whole heading line as published, kept for tracing back to the document.</param>
/// <param name="LineNumber">The line of the heading in the document.</param>
/// <param name="Measures">The measures 一是, 二是, … in order; one measure when the body has no 一是.</param>
/// <param name="NextSteps">The 下一步/下步 sentences split out of the measures, as published.</param>
public sealed record ParsedFinding(
    int Number,
    string Title,
    string Heading,
    int LineNumber,
    ImmutableArray<ParsedMeasure> Measures,
    ImmutableArray<string> NextSteps)
{
    /// <summary>The status the announcement implies; see <see cref="AnnouncementStatusRule"/>.</summary>
    public FindingStatus Status => AnnouncementStatusRule.ForFinding(Measures, NextSteps.Length);
}
