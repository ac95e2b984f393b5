namespace Rectification.Bot.Localization;

internal sealed partial class EnglishTexts
{
    public override string RoundsTitle(int count) => $"Inspection rounds ({count})";

    public override string RoundLine(string group, string organization, string fedBack, string announced, int findings, bool current) =>
        $"• {group} inspecting {organization}: fed back {fedBack}, progress announced {announced}, {findings} findings{(current ? " (current round)" : "")}";

    public override string RoundsNote => "Item numbers (\"item 14\") refer to the current round, the one announced last.";

    public override string NoRounds => "The ledger holds no inspection round yet. An administrator can read a progress announcement with the import command.";
}
