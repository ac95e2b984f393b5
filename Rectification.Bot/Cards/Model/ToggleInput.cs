namespace Rectification.Bot.Cards.Model;

/// <summary>Input.Toggle: a check box; submits <see cref="ValueOn"/> or <see cref="ValueOff"/> ("true"/"false" by default).</summary>
public sealed class ToggleInput(string id, string title) : InputElement(id)
{
    protected override string TypeName => "Input.Toggle";

    public string Title { get; } = title ?? throw new ArgumentNullException(nameof(title));

    public string? Value { get; init; }

    public string? ValueOn { get; init; }

    public string? ValueOff { get; init; }

    /// <summary>1.2.</summary>
    public bool? Wrap { get; init; }

    internal override IEnumerable<CardFeature> NewerFeatures() =>
        base.NewerFeatures().Concat(Wrap is null ? [] : [new CardFeature("wrap", CardVersion.V1_2)]);
}
