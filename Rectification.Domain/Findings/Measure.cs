namespace Rectification.Domain.Findings;

/// <summary>One rectification measure (整改措施) of a finding, numbered 一是/二是… in the announcement.</summary>
public sealed class Measure
{
    /// <summary>The longest measure a report may add (the announcement's longest is far shorter).</summary>
    public const int MaxTextLength = 1000;

    private Measure()
    {
        Text = string.Empty;
    }

    internal Measure(Finding finding, int ordinal, string text, MeasureStatus status)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        Finding = finding;
        Ordinal = ordinal;
        Text = text;
        Status = status;
        PercentComplete = status == MeasureStatus.Completed ? 100 : null;
    }

    public int Id { get; private set; }

    public int FindingId { get; private set; }

    public Finding? Finding { get; private set; }

    /// <summary>1 for 一是, 2 for 二是, and so on.</summary>
    public int Ordinal { get; private set; }

    public string Text { get; private set; }

    public MeasureStatus Status { get; private set; }

    /// <summary>Optional self-reported completion, 0–100.</summary>
    public int? PercentComplete { get; private set; }

    internal void Change(MeasureStatus status, int? percent)
    {
        PercentComplete = MeasureProgressRules.StoredPercent(status, percent);
        Status = status;
    }
}
