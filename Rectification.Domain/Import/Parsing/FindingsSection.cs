namespace Rectification.Domain.Import.Parsing;

/// <summary>Where section 二 is: its heading and the heading of the section after it (indices into the lines).</summary>
internal sealed record FindingsSection(int HeadingIndex, int EndIndex);
