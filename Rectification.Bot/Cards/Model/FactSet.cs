namespace Rectification.Bot.Cards.Model;

/// <summary>Label/value pairs in two columns. The schema requires at least the list, so never send it empty.</summary>
public sealed class FactSet : CardElement
{
    public FactSet()
    {
    }

    public FactSet(IEnumerable<Fact> facts) => Facts.AddRange(facts);

    protected override string TypeName => "FactSet";

    public List<Fact> Facts { get; init; } = [];
}
