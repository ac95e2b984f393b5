namespace Rectification.Domain.Import.Parsing;

/// <summary>The raw text of one measure, marker removed, before next steps are split out of it.</summary>
/// <param name="IsNumbered">False when the body has no 一是 and is one measure as a whole.</param>
internal sealed record MeasurePiece(int Ordinal, string Text, bool IsNumbered);
