namespace Rectification.Domain.Findings;

/// <summary>Which percentages can stand with a measure's status: the one rule the dialog, the form and the one-message update ask.</summary>
public static class MeasureProgressRules
{
    /// <summary>Not started is 0% (or none said), done is 100% (or none said), in progress is below 100%.</summary>
    public static bool Agree(MeasureStatus status, int? percent) => status switch
    {
        MeasureStatus.NotStarted => percent is null or 0,
        MeasureStatus.Completed => percent is null or 100,
        _ => percent is null or < 100,
    };

    /// <summary>The percentage a measure or a next step keeps for a status: 100 when done, else what was said (0–100).</summary>
    internal static int? StoredPercent(MeasureStatus status, int? percent)
    {
        if (percent is < 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, "A percentage lies between 0 and 100.");
        }

        return status == MeasureStatus.Completed ? 100 : percent;
    }
}
