namespace Rectification.Bot.Localization;

internal sealed partial class ChineseTexts
{
    public override string Immediately => "立行立改";

    public override string Ongoing => "长期坚持";

    public override string OngoingWithReview(string date) => $"长期坚持（{date}复查）";

    public override string MeasureDeadline(int ordinal, string deadline) => $"第{ordinal}条：{deadline}";
}
