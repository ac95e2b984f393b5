using System.Text.RegularExpressions;
using Rectification.Bot.Conversation.Understanding;
using Rectification.Domain.Findings;

namespace Rectification.Tests.Understanding;

/// <summary>
/// The findings of the real 2024-06-18 announcement, read from the copy the domain assembly embeds: a finding is
/// a "N.关于“…”" line, its measures the paragraph below it. Tiny on purpose; the real import lives in the domain.
/// </summary>
internal static partial class AnnouncementFindings
{
    private static readonly Lazy<IReadOnlyList<FindingText>> Findings = new(Read);

    private static readonly Lazy<RecognitionContext> SharedContext = new(() => new RecognitionContext(All));

    public static IReadOnlyList<FindingText> All => Findings.Value;

    public static RecognitionContext Context => SharedContext.Value;

    private static List<FindingText> Read()
    {
        var lines = ReadLines();
        var findings = new List<FindingText>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (TitleLine().Match(lines[i]) is { Success: true } title)
            {
                var measures = i + 1 < lines.Count ? new[] { lines[i + 1] } : [];
                findings.Add(new FindingText(int.Parse(title.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture), title.Groups["title"].Value, measures));
            }
        }

        return findings;
    }

    private static List<string> ReadLines()
    {
        using var stream = typeof(Finding).Assembly.GetManifestResourceStream("Announcements.announcement-2024-06-18.txt")
            ?? throw new InvalidOperationException("The announcement is not embedded in the domain assembly.");
        using var reader = new StreamReader(stream);
        return [.. reader.ReadToEnd().Split('\n').Select(l => l.Trim())];
    }

    [GeneratedRegex(@"^(?<n>\d+)\.关于“(?<title>.+)”")]
    private static partial Regex TitleLine();
}
