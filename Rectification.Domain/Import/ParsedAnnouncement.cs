using System.Collections.Immutable;

namespace Rectification.Domain.Import;

/// <summary>What one rectification announcement says, read from its text and nothing else.</summary>
/// <param name="Inspection">Who inspected whom and when, and when the progress was announced.</param>
/// <param name="Publisher">The organisation signing the document (its last lines), as published.</param>
/// <param name="Findings">The findings of section 二, in published order, numbered 1, 2, 3, … without gaps.</param>
public sealed record ParsedAnnouncement(
    ParsedInspection Inspection,
    string Publisher,
    ImmutableArray<ParsedFinding> Findings);
