namespace Rectification.Bot.Localization;

internal sealed partial class EnglishTexts
{
    public override string Immediately => "immediately (立行立改)";

    public override string Ongoing => "ongoing (长期坚持)";

    public override string OngoingWithReview(string date) => $"ongoing (长期坚持), review {date}";

    public override string MeasureDeadline(int ordinal, string deadline) => $"measure {ordinal}: {deadline}";
}
