using System.Text.Json.Serialization;

namespace Rectification.Bot.Cards.Model;

/// <summary>
/// Anything in a card's tree that a schema version may or may not know. Each type states the version that
/// introduced it and which of its set properties came later, so <see cref="CardVersionGuard"/> can refuse a card
/// that declares an older version than its content needs (Teams mobile shows only 1.2 reliably).
/// </summary>
public abstract class CardNode
{
    /// <summary>The schema name of this node, e.g. "TextBlock" or "Action.Submit".</summary>
    [JsonIgnore]
    public string SchemaName => TypeName;

    /// <summary>The card version that introduced this type.</summary>
    [JsonIgnore]
    public CardVersion IntroducedIn => TypeIntroducedIn;

    // Protected, so that System.Text.Json never sees them: it would write a public override even though the base
    // property carries [JsonIgnore].
    protected abstract string TypeName { get; }

    protected virtual CardVersion TypeIntroducedIn => CardVersion.V1_0;

    /// <summary>The properties set on this node that are newer than the type itself.</summary>
    internal virtual IEnumerable<CardFeature> NewerFeatures() => [];

    /// <summary>Child nodes with their path segment below this node (e.g. "items/2").</summary>
    internal virtual IEnumerable<(string Path, CardNode Node)> Children() => [];

    private protected static IEnumerable<(string Path, CardNode Node)> Indexed(string name, IEnumerable<CardNode> nodes) =>
        nodes.Select((node, index) => ($"{name}/{index}", node));

    private protected static IEnumerable<(string Path, CardNode Node)> Single(string name, CardNode? node) =>
        node is null ? [] : [(name, node)];
}
