using Rectification.Bot.Cards;
using Rectification.Bot.Cards.Supervision;
using Rectification.Domain.Findings;
using Rectification.Domain.Supervision;

namespace Rectification.Tests.Cards;

/// <summary>Standings on the ladder and a supervision list with every colour, for the card tests.</summary>
internal static class SampleSupervision
{
    public static SupervisionStanding Red { get; } = new(SupervisionColour.Red, new DateOnly(2026, 11, 13), -11, Reopened: false);

    public static SupervisionStanding Blue { get; } = new(SupervisionColour.Blue, new DateOnly(2026, 12, 3), 3, Reopened: false);

    public static SupervisionListCardModel List()
    {
        var titles = SampleFindings.AnnouncementTitles();
        FindingListRow Row(int number, SupervisionStanding standing) =>
            new(number, titles[number], FindingStatus.InProgress) { MeasureCount = 2, CompletedMeasureCount = 1, Deadline = standing.Deadline, Supervision = standing };
        return new SupervisionListCardModel(SupervisionFilter.Ladder,
        [
            Row(4, Blue with { Deadline = new DateOnly(2026, 12, 3) }),
            Row(10, new SupervisionStanding(SupervisionColour.Yellow, new DateOnly(2026, 11, 27), -1, false)),
            Row(13, Red),
            Row(20, new SupervisionStanding(SupervisionColour.Red, null, null, Reopened: true)),
        ], SupervisionThresholds.Default);
    }
}
