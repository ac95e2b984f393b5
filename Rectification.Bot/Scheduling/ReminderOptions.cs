using Rectification.Domain.Reporting;

namespace Rectification.Bot.Scheduling;

/// <summary>
/// The "Reminders" settings: once a week (at <see cref="Day"/> <see cref="Time"/> in <see cref="TimeZone"/>) the
/// owner department's registered staff get a short nudge for each in-progress finding of theirs that is stalled
/// or due within <see cref="DueWithinDays"/> working days (overdue included); at most one per finding and person per week.
/// </summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    public bool Enabled { get; set; } = true;

    /// <summary>Working days, counted on the office's calendar (holidays skipped, make-up working days counted).</summary>
    public int DueWithinDays { get; set; } = 5;

    /// <summary>Days without an entry after which a finding counts as stalled; unset, the digest's threshold.</summary>
    public int? StallDays { get; set; }

    public DayOfWeek Day { get; set; } = DayOfWeek.Monday;

    public TimeOnly Time { get; set; } = new(9, 0);

    public string TimeZone { get; set; } = OfficeTimeZone.DefaultId;
}
