namespace Rectification.Domain.Findings;

/// <summary>Planned work (下一步/下步) the office announced for a finding.</summary>
public sealed class NextStep
{
    private NextStep()
    {
        Text = string.Empty;
    }

    internal NextStep(Finding finding, int ordinal, string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        Finding = finding;
        Ordinal = ordinal;
        Text = text;
    }

    public int Id { get; private set; }

    public int FindingId { get; private set; }

    public Finding? Finding { get; private set; }

    public int Ordinal { get; private set; }

    public string Text { get; private set; }
}
