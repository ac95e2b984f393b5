using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Rectification.Domain.Publishing;

/// <summary>
/// Writes a regenerated announcement as a Word document (.docx) with the OpenXML SDK: the same blocks, in the same
/// order and words as the text and Markdown (the template's), section headings as Heading 1, findings' headings as
/// Heading 2, the signature lines right-aligned. Chinese text is set in SimSun (headings SimHei) through the
/// East Asian font slot, so Word and LibreOffice do not fall back to a font without the characters.
/// </summary>
public static class AnnouncementDocxWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private const string BodyFont = "SimSun";
    private const string HeadingFont = "SimHei";
    private const string Latin = "Times New Roman";
    private const string SectionStyle = "Heading1";
    private const string FindingStyle = "Heading2";

    public static void Write(Stream stream, AnnouncementDocument document)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(document);
        using var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        var main = word.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
        main.Document = new Document(new Body(document.Blocks.Select(Paragraph)));
        main.Document.Save();
    }

    private static Paragraph Paragraph(AnnouncementBlock block)
    {
        var properties = new ParagraphProperties();
        switch (block.Kind)
        {
            case AnnouncementBlockKind.SectionHeading:
                properties.ParagraphStyleId = new ParagraphStyleId { Val = SectionStyle };
                break;
            case AnnouncementBlockKind.FindingHeading:
                properties.ParagraphStyleId = new ParagraphStyleId { Val = FindingStyle };
                break;
            case AnnouncementBlockKind.Signature:
                properties.Justification = new Justification { Val = JustificationValues.Right };
                break;
            default:
                // A first-line indent of two characters, as Chinese official documents are set.
                properties.Indentation = new Indentation { FirstLineChars = 200 };
                break;
        }

        return new Paragraph(properties, new Run(new Text(block.Text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static Styles Styles() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(Fonts(BodyFont), new FontSize { Val = "28" }, new Languages { EastAsia = "zh-CN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "360", LineRule = LineSpacingRuleValues.Auto }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
        Heading(SectionStyle, "heading 1", level: 0, halfPoints: "32"),
        Heading(FindingStyle, "heading 2", level: 1, halfPoints: "30"));

    private static Style Heading(string id, string name, int level, string halfPoints) => new(
        new StyleName { Val = name },
        new BasedOn { Val = "Normal" },
        new NextParagraphStyle { Val = "Normal" },
        new PrimaryStyle(),
        new StyleParagraphProperties(new KeepNext(), new OutlineLevel { Val = level }),
        new StyleRunProperties(Fonts(HeadingFont), new Bold(), new FontSize { Val = halfPoints }))
    { Type = StyleValues.Paragraph, StyleId = id };

    private static RunFonts Fonts(string eastAsia) => new() { EastAsia = eastAsia, Ascii = Latin, HighAnsi = Latin };
}
