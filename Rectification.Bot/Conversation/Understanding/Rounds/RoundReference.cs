namespace Rectification.Bot.Conversation.Understanding.Rounds;

/// <summary>
/// How a person named an inspection round: by its ordinal in "list rounds" (第二轮, round 2), by the year it was fed
/// back (2023年的巡察), or by words of its group and unit (市委第三巡察组对市金融局的巡察). Exactly one is set; which
/// rounds it means is the ledger's to say.
/// </summary>
public sealed record RoundReference(int? Ordinal = null, int? Year = null, string? Words = null)
{
    /// <summary>The words split into the parts each of which a round's group or unit must contain (市委第三巡察组 | 市金融局).</summary>
    public IReadOnlyList<string> WordParts => Words is null ? [] : RoundNames.Parts(Words);

    /// <summary>How the person wrote it, for answers that repeat it.</summary>
    public string Said { get; init; } = string.Empty;
}
