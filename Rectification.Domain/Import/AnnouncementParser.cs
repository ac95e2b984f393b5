using Rectification.Domain.Import.Parsing;

namespace Rectification.Domain.Import;

/// <summary>
/// Reads a rectification announcement (巡察整改进展情况公告) into a <see cref="ParsedAnnouncement"/>. Pure: no
/// database, no clock. The expected shape, as published for the 2024-06-18 announcement:
/// <list type="number">
/// <item>an opening paragraph naming the period, the inspecting group, the inspected unit and the feedback date;</item>
/// <item>sections 一、… (prose), 二、整改进展情况及成效 (the findings), 三、… (plans and closing prose);</item>
/// <item>in section 二, for each finding a heading line <c>N.关于“…”的问题</c> followed by one line of measures;</item>
/// <item>the signing organisation on the last lines, optionally followed by the date.</item>
/// </list>
/// ASCII and full-width punctuation (,，:：()（）;；) are both accepted. Any other shape throws an
/// <see cref="AnnouncementFormatException"/> naming the line, what was expected and what was found.
/// </summary>
public static class AnnouncementParser
{
    /// <param name="text">The announcement's text.</param>
    /// <param name="documentName">announcement-YYYY-MM-DD, which gives the announcement date.</param>
    public static ParsedAnnouncement Parse(string text, string documentName)
    {
        ArgumentNullException.ThrowIfNull(documentName);
        return Parse(text, DocumentNameDate.Read(documentName));
    }

    public static ParsedAnnouncement Parse(string text, DateOnly announcementDate)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = SourceText.SplitLines(text);
        var opening = OpeningParagraphReader.Read(lines, announcementDate);
        var section = FindingsSectionLocator.Locate(lines, opening.LineIndex);
        var findings = FindingListReader.Read(lines, section);
        var publisher = SignatureReader.ReadPublisher(lines, section, announcementDate);
        return new ParsedAnnouncement(opening.Inspection, publisher, findings);
    }
}
