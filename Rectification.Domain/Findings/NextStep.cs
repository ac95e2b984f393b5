namespace Rectification.Domain.Findings;

/// <summary>
/// Planned work (下一步/下步) the office announced for a finding. It is work like a measure: it has a status that
/// people report (numbered 下一步1, 下一步2… in the order announced), and a finding is complete only once its next
/// steps are done as well as its measures. An announced next step is planned, so it starts not started.
/// </summary>
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
        Status = MeasureStatus.NotStarted;
    }

    public int Id { get; private set; }

    public int FindingId { get; private set; }

    public Finding? Finding { get; private set; }

    public int Ordinal { get; private set; }

    public string Text { get; private set; }

    /// <summary>Where the planned work stands, on the same scale as a measure's.</summary>
    public MeasureStatus Status { get; private set; }

    /// <summary>Optional self-reported completion, 0–100.</summary>
    public int? PercentComplete { get; private set; }

    internal void Change(MeasureStatus status, int? percent)
    {
        PercentComplete = MeasureProgressRules.StoredPercent(status, percent);
        Status = status;
    }
}
