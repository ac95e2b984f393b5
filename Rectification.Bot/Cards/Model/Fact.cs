namespace Rectification.Bot.Cards.Model;

/// <summary>One "title: value" line of a <see cref="FactSet"/>.</summary>
public sealed record Fact(string Title, string Value);
