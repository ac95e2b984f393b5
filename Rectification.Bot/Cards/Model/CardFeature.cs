namespace Rectification.Bot.Cards.Model;

/// <summary>A property or value that a later card version added to a type older than it.</summary>
/// <param name="Name">As the schema spells it, e.g. "label" or "style: good".</param>
/// <param name="IntroducedIn">The first version whose schema accepts it.</param>
public sealed record CardFeature(string Name, CardVersion IntroducedIn);
