namespace Rectification.Domain.Supervision.Calendar;

/// <summary>What a listed day of the calendar is.</summary>
public enum CalendarDayKind
{
    /// <summary>A statutory holiday (法定节假日), or a day of its break: no work, whatever the weekday.</summary>
    Holiday,

    /// <summary>A make-up working day (调休上班) moved onto a weekend.</summary>
    Workday,
}
