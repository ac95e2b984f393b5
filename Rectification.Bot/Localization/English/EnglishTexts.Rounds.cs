namespace Rectification.Bot.Localization;

internal sealed partial class EnglishTexts
{
    public override string RoundsTitle(int count) => $"Inspection rounds ({count})";

    public override string RoundLine(int ordinal, string group, string organization, string fedBack, string announced, int findings, bool current) =>
        $"{ordinal}. {group} inspecting {organization}: fed back {fedBack}, progress announced {announced}, {findings} findings{(current ? " (current round)" : "")}";

    public override string RoundsNote =>
        "Item numbers (\"item 14\") refer to this conversation's current round. An administrator can choose another with \"switch to round 2\"; a question can also name its round, as in \"status of item 14 in round 2\".";

    public override string NoRounds => "The ledger holds no inspection round yet. An administrator can read a progress announcement with the import command.";

    public override string RoundSwitched(int ordinal, string group, string organization, bool team) =>
        $"Switched: the current round of {(team ? "every channel of this team" : "this conversation")} is round {ordinal} ({group} inspecting {organization}). \"Status of item 14\", lists, keywords and your to-do list now answer from it.";

    public override string RoundNotFound(string said, int rounds) =>
        rounds == 0
            ? $"There is no round \"{said}\": the ledger holds no inspection round yet."
            : $"There is no inspection round \"{said}\". The ledger holds {rounds}; send \"list rounds\" to see them.";

    public override string DigestCoversRound(int ordinal) => $"The digest covers round {ordinal}'s findings only.";

    public override string RoundChoice(string said) => $"\"{said}\" fits several inspection rounds; name one by its number:";

    public override string RoundChoiceHint(int exampleOrdinal, bool switching) =>
        switching ? $"For example \"switch to round {exampleOrdinal}\"." : $"For example \"status of item 14 in round {exampleOrdinal}\".";
}
