namespace Rectification.Domain.Publishing;

/// <summary>A regenerated announcement as blocks in order, before it is written as text, Markdown or a document.</summary>
public sealed record AnnouncementDocument(IReadOnlyList<AnnouncementBlock> Blocks);

/// <summary>One block: a section heading, a finding's heading, or a paragraph.</summary>
public sealed record AnnouncementBlock(AnnouncementBlockKind Kind, string Text);

public enum AnnouncementBlockKind
{
    SectionHeading,
    FindingHeading,
    Paragraph,
    Signature,
}
