namespace Rectification.Domain.Supervision;

/// <summary>Which part of the ladder a supervision question asks about.</summary>
public enum SupervisionFilter
{
    /// <summary>督办清单: every finding with a colour, red first.</summary>
    Ladder,

    /// <summary>逾期: yellow and red.</summary>
    Overdue,

    /// <summary>红色督办 only.</summary>
    Red,

    /// <summary>黄色督办 only.</summary>
    Yellow,

    /// <summary>蓝色督办 only: due within the blue threshold (即将到期).</summary>
    Blue,

    /// <summary>Due within the asked number of working days, overdue included.</summary>
    DueWithin,
}
