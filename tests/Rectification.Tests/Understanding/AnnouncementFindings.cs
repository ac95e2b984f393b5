using Rectification.Bot.Conversation.Understanding;
using Rectification.Domain.Import;

namespace Rectification.Tests.Understanding;

/// <summary>
/// The 29 findings of the real 2024-06-18 announcement as understanding sees them, read through the domain's own
/// parser of the bundled copy (the same words the ledger is seeded with), so no title is typed by hand.
/// </summary>
internal static class AnnouncementFindings
{
    private static readonly Lazy<IReadOnlyList<FindingText>> Findings = new(Read);

    private static readonly Lazy<RecognitionContext> SharedContext = new(() => new RecognitionContext(All));

    public static IReadOnlyList<FindingText> All => Findings.Value;

    public static RecognitionContext Context => SharedContext.Value;

    private static List<FindingText> Read() =>
    [
        .. BundledAnnouncement.Parse().Findings.Select(f => new FindingText(
            f.Number,
            f.Title,
            [.. f.Measures.Select(m => m.Text), .. f.NextSteps])),
    ];
}
