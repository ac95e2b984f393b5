using Rectification.Domain.Findings;

namespace Rectification.Bot.Localization;

/// <summary>Deadlines as the office writes them: 立行立改, a date, 长期坚持 with its review date.</summary>
public abstract partial class Texts
{
    /// <summary>"2024年9月30日", "立行立改", "长期坚持（2025年6月30日复查）"; <see cref="NotAssigned"/> for none.</summary>
    public string DeadlineText(Deadline? deadline) => deadline switch
    {
        null => NotAssigned,
        { Kind: DeadlineKind.Immediately } => Immediately,
        { Kind: DeadlineKind.Ongoing, Date: { } review } => OngoingWithReview(Date(review)),
        { Kind: DeadlineKind.Ongoing } => Ongoing,
        _ => Date(deadline.Date!.Value),
    };

    /// <summary>立行立改 / immediately.</summary>
    public abstract string Immediately { get; }

    /// <summary>长期坚持 / ongoing.</summary>
    public abstract string Ongoing { get; }

    /// <summary>长期坚持（2025年6月30日复查）/ ongoing, review 2025-06-30.</summary>
    public abstract string OngoingWithReview(string date);

    /// <summary>A measure's own deadline on the status card: "第2条：长期坚持（…复查）".</summary>
    public abstract string MeasureDeadline(int ordinal, string deadline);
}
