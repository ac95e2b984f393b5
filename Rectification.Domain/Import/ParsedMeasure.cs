using Rectification.Domain.Findings;

namespace Rectification.Domain.Import;

/// <summary>One measure of a finding.</summary>
/// <param name="Ordinal">1 for 一是, 2 for 二是, …; 1 for a body that is a single measure.</param>
/// <param name="Text">The measure as published, without its 一是/二是 marker and without its next steps.</param>
/// <param name="Status">The status the announcement implies; see <see cref="AnnouncementStatusRule"/>.</param>
public sealed record ParsedMeasure(int Ordinal, string Text, MeasureStatus Status);
