namespace Rectification.Bot.Cards.Model;

/// <summary>Input.Number, e.g. a completion percentage with Min 0 and Max 100.</summary>
public sealed class NumberInput(string id) : InputElement(id)
{
    protected override string TypeName => "Input.Number";

    public string? Placeholder { get; init; }

    public double? Value { get; init; }

    public double? Min { get; init; }

    public double? Max { get; init; }
}
