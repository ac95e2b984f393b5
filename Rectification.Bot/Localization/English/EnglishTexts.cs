using Rectification.Domain.Findings;

namespace Rectification.Bot.Localization;

internal sealed partial class EnglishTexts : Texts
{
    public override Language Language => Language.English;

    public override string Locale => "en-US";

    public override string FindingStatus(FindingStatus status) => status switch
    {
        Domain.Findings.FindingStatus.InProgress => "In progress",
        Domain.Findings.FindingStatus.Completed => "Completed, awaiting sign-off",
        Domain.Findings.FindingStatus.SignedOff => "Signed off",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public override string MeasureStatus(MeasureStatus status) => status switch
    {
        Domain.Findings.MeasureStatus.NotStarted => "Not started",
        Domain.Findings.MeasureStatus.InProgress => "In progress",
        Domain.Findings.MeasureStatus.Completed => "Completed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
