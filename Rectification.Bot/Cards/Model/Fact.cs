using System.Text.Json.Serialization;

namespace Rectification.Bot.Cards.Model;

/// <summary>One "title: value" line of a <see cref="FactSet"/>; hosts draw both as text blocks, so the JSON carries
/// them escaped like a <see cref="TextBlock"/>'s text.</summary>
public sealed class Fact
{
    public Fact(string title, string value)
    {
        Title = title ?? throw new ArgumentNullException(nameof(title));
        Value = value ?? throw new ArgumentNullException(nameof(value));
    }

    // A card read back (from the outbox) gets its facts from the escaped JSON.
    [JsonConstructor]
    private Fact() => Title = Value = string.Empty;

    [JsonIgnore]
    public string Title { get; private set; }

    [JsonIgnore]
    public string Value { get; private set; }

    [JsonPropertyName("title")]
    public string MarkdownTitle
    {
        get => CardMarkdown.Escape(Title);
        init => Title = CardMarkdown.Unescape(value);
    }

    [JsonPropertyName("value")]
    public string MarkdownValue
    {
        get => CardMarkdown.Escape(Value);
        init => Value = CardMarkdown.Unescape(value);
    }
}
