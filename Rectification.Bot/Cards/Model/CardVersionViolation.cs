namespace Rectification.Bot.Cards.Model;

/// <summary>One thing in a card that its declared version does not have.</summary>
/// <param name="Path">Where, as a JSON pointer from the card root, e.g. "/body/2/actions/0".</param>
/// <param name="What">The type or property, e.g. "Action.Execute" or "Input.Text.label".</param>
/// <param name="Requires">The version that introduced it.</param>
public sealed record CardVersionViolation(string Path, string What, CardVersion Requires)
{
    public override string ToString() => $"{(Path.Length == 0 ? "/" : Path)}: {What} needs {Requires}";
}
