using System.Text;

namespace Rectification.Domain.Publishing;

/// <summary>Writes a regenerated announcement as plain text (one line per block, like the published one) or Markdown.</summary>
public static class AnnouncementRenderer
{
    public static string PlainText(AnnouncementDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return string.Join("\n", document.Blocks.Select(b => b.Text)) + "\n";
    }

    public static string Markdown(AnnouncementDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var markdown = new StringBuilder();
        foreach (var block in document.Blocks)
        {
            markdown.Append(block.Kind switch
            {
                AnnouncementBlockKind.SectionHeading => "## ",
                AnnouncementBlockKind.FindingHeading => "### ",
                _ => string.Empty,
            });
            markdown.Append(Escape(block.Text));
            markdown.Append(block.Kind == AnnouncementBlockKind.Signature ? "  \n" : "\n\n");
        }

        return markdown.ToString().TrimEnd() + "\n";
    }

    /// <summary>Keeps a leading "1." or "(一)" from turning into a Markdown list, and asterisks from emphasis.</summary>
    private static string Escape(string text)
    {
        var escaped = text.Replace("*", "\\*", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
        var digits = escaped.TakeWhile(char.IsAsciiDigit).Count();
        return digits > 0 && digits < escaped.Length && escaped[digits] == '.' ? escaped[..digits] + "\\" + escaped[digits..] : escaped;
    }
}
