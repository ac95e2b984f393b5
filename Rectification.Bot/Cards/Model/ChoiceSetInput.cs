namespace Rectification.Bot.Cards.Model;

/// <summary>Input.ChoiceSet: a drop-down (compact) or radio buttons/check boxes (expanded).</summary>
public sealed class ChoiceSetInput : InputElement
{
    public ChoiceSetInput(string id)
        : base(id)
    {
    }

    public ChoiceSetInput(string id, IEnumerable<InputChoice> choices)
        : base(id) => Choices.AddRange(choices);

    protected override string TypeName => "Input.ChoiceSet";

    public List<InputChoice> Choices { get; init; } = [];

    public ChoiceInputStyle? Style { get; init; }

    /// <summary>When set, the submitted value is the chosen values joined with commas.</summary>
    public bool? IsMultiSelect { get; init; }

    /// <summary>The preselected value (comma-separated when multi-select).</summary>
    public string? Value { get; init; }

    /// <summary>1.3.</summary>
    public string? Placeholder { get; init; }

    /// <summary>Lets long choice titles wrap (1.2).</summary>
    public bool? Wrap { get; init; }

    internal override IEnumerable<CardFeature> NewerFeatures() =>
        base.NewerFeatures()
            .Concat(Placeholder is null ? [] : [new CardFeature("placeholder", CardVersion.V1_3)])
            .Concat(Wrap is null ? [] : [new CardFeature("wrap", CardVersion.V1_2)]);
}
