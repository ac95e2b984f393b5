using Rectification.Bot.Cards;
using Rectification.Bot.Cards.Questions;
using Rectification.Domain.Findings;
using Rectification.Domain.Reporting;
using Rectification.Tests.Reporting;

namespace Rectification.Tests.Cards;

/// <summary>Samples for the cards answering people's everyday questions (department, overall, this week).</summary>
internal static class QuestionCards
{
    public static IReadOnlyList<FindingListRow> DepartmentRows() =>
    [
        .. SampleFindings.AllRows().Where(r => r.Number is 11 or 14).Select(r => r with { Status = FindingStatus.InProgress, Deadline = new DateOnly(2024, 9, 30) }),
        .. SampleFindings.AllRows().Where(r => r.Number is 12 or 13 or 27).Select(r => r with { Status = r.Number == 27 ? FindingStatus.SignedOff : FindingStatus.Completed }),
    ];

    public static OverallProgress Overall() => new(new DigestTotals(29, 7, 20, 2, 79, 75, 94), Reopened: 1);

    /// <summary>The digest sample's week, reckoned as the current one (the one that holds its entries).</summary>
    public static DigestReport Week() =>
        DigestBuilder.Build(DigestLedger.Build(), DigestLedger.Period, DigestLedger.Now, DigestOptions.Default with { MaxChangeLines = 40 });
}
