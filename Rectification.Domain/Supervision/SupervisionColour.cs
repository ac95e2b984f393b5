namespace Rectification.Domain.Supervision;

/// <summary>
/// 三色督办: how hard a finding is being chased. Ordered by severity, so a higher colour raises more recipients.
/// Stored and shown by name.
/// </summary>
public enum SupervisionColour
{
    /// <summary>Nothing to chase: no deadline near, or the work is done.</summary>
    None,

    /// <summary>蓝色督办: due within the blue threshold of working days.</summary>
    Blue,

    /// <summary>黄色督办: past its deadline.</summary>
    Yellow,

    /// <summary>红色督办: overdue by more than the red threshold of working days, or reopened because the problem came back.</summary>
    Red,
}
