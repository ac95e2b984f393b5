namespace Rectification.Domain.Import.Parsing;

/// <summary>The inspection read from the opening paragraph, and where the paragraph is.</summary>
internal sealed record OpeningParagraph(ParsedInspection Inspection, int LineIndex);
