namespace Rectification.Bot.Cards.Model;

/// <summary>One option of an <see cref="ChoiceSetInput"/>: what people read and the value submitted.</summary>
public sealed record InputChoice(string Title, string Value);
