namespace Rectification.Bot.Conversation.Understanding.Intents;

/// <summary>
/// A question without a number, matched against the findings' titles and measures. One number: the clear best
/// match; several (at most five, best first): a short list for the user to choose from.
/// </summary>
public sealed record KeywordMatchIntent(IReadOnlyList<int> Numbers, string Query) : Intent
{
    public bool IsSingleMatch => Numbers.Count == 1;

    // Value equality over the numbers, not the list instance, like every other intent.
    public bool Equals(KeywordMatchIntent? other) =>
        other is not null && Query == other.Query && Numbers.SequenceEqual(other.Numbers);

    public override int GetHashCode() => HashCode.Combine(Query, Numbers.Count, Numbers.FirstOrDefault());

    public override string ToString() => $"{nameof(KeywordMatchIntent)} {{ Numbers = [{string.Join(", ", Numbers)}], Query = {Query} }}";
}
