using Rectification.Domain.Findings;
using Rectification.Domain.Queries;

namespace Rectification.Bot.Localization;

/// <summary>Cards (status, list, choice and help cards; Rectification.Bot/Cards).</summary>
public abstract partial class Texts
{
    /// <summary>A calendar date as people of this language write it (2024年6月18日 / 2024-06-18).</summary>
    public abstract string Date(DateOnly date);

    /// <summary>A local date and time (2024年6月18日 14:30 / 2024-06-18 14:30).</summary>
    public abstract string DateAndTime(DateTime local);

    /// <summary>第14项 / Item 14.</summary>
    public abstract string FindingNumber(int number);

    /// <summary>The status card's heading: 第14项 · 整改中 / Item 14 · In progress.</summary>
    public abstract string FindingHeading(int number, FindingStatus status);

    /// <summary>措施2 / Measure 2.</summary>
    public abstract string MeasureNumber(int ordinal);

    /// <summary>What happened to one measure: 措施2：未开始→推进中 / Measure 2: Not started → In progress.</summary>
    public abstract string MeasureChange(int ordinal, string change);

    /// <summary>下一步1 / next step 1: how a next step is named, as people name it in an update.</summary>
    public abstract string NextStepNumber(int ordinal);

    public abstract string NextStepChange(int ordinal, string change);

    /// <summary>
    /// What an entry changed in one piece of work: 措施3：推进中→已完成, 下一步1：未开始→已完成; null when the entry is about
    /// neither a measure nor a next step (or records no status).
    /// </summary>
    public string? WorkChange(int? measure, int? nextStep, MeasureStatus? before, int? percentBefore, MeasureStatus? after, int? percentAfter)
    {
        if (after is not { } status || (measure is null && nextStep is null))
        {
            return null;
        }

        var afterText = MeasureStatusWithPercent(status, percentAfter);
        var change = before is { } was ? StatusChange(MeasureStatusWithPercent(was, percentBefore), afterText) : afterText;
        return measure is { } ordinal ? MeasureChange(ordinal, change) : NextStepChange(nextStep!.Value, change);
    }

    /// <summary>A status with an optional percentage: 推进中 80% / In progress, 80%.</summary>
    public abstract string MeasureStatusWithPercent(MeasureStatus status, int? percent);

    /// <summary>Only the percentage of a measure moved: 推进中 50%→80% / In progress, 50% → 80%.</summary>
    public abstract string MeasurePercentChange(MeasureStatus status, int before, int after);

    /// <summary>已完成 2/3 / 2 of 3 completed.</summary>
    public abstract string MeasuresCompleted(int completed, int total);

    public abstract string ProgressEntryKind(ProgressEntryKind kind);

    /// <summary>Who and when, e.g. 张三，2024年6月18日 14:30.</summary>
    public abstract string UpdatedBy(string author, string when);

    /// <summary>A status change, e.g. 未开始→推进中.</summary>
    public abstract string StatusChange(string before, string after);

    /// <summary>A label and its value on one line, with the language's own colon: 佐证材料：…, "Evidence: …".</summary>
    public abstract string Labelled(string label, string value);

    public abstract string DepartmentLabel { get; }

    public abstract string LeaderLabel { get; }

    public abstract string DeadlineLabel { get; }

    public abstract string MeasuresProgressLabel { get; }

    public abstract string LastUpdateLabel { get; }

    /// <summary>Shown for a missing department, leader or deadline.</summary>
    public abstract string NotAssigned { get; }

    public abstract string NoUpdatesYet { get; }

    public abstract string MeasuresHeading { get; }

    public abstract string NoMeasures { get; }

    public abstract string NextStepsHeading { get; }

    public abstract string RecentHistoryHeading { get; }

    /// <summary>The finding as a whole changed status, e.g. 问题状态：整改中→已完成，待销号.</summary>
    public abstract string FindingStatusChanged(string change);

    public abstract string ReportProgressAction { get; }

    public abstract string HistoryAction { get; }

    /// <summary>The list card's title: 整改中的问题（7）.</summary>
    public abstract string FindingListTitle(FindingStatusFilter filter, int count);

    public abstract string FindingListEmpty { get; }

    /// <summary>找到多个相关问题，请选择： with the keyword when there is one.</summary>
    public abstract string ChooseFinding(string? keyword, int count);

    /// <summary>Told when more findings matched than the choice card shows.</summary>
    public abstract string MoreMatches(int notShown);

    public abstract string HelpTitle { get; }

    public abstract string HelpIntro { get; }

    public abstract string HelpStatusTopic { get; }

    public abstract string HelpStatusExample { get; }

    public abstract string HelpListTopic { get; }

    public abstract string HelpListExample { get; }

    public abstract string HelpKeywordTopic { get; }

    public abstract string HelpKeywordExample { get; }

    public abstract string HelpReportTopic { get; }

    /// <summary>Starts the reporting dialog: /report 14.</summary>
    public abstract string HelpReportExample { get; }

    /// <summary>A whole update in one message: update 14.3: … 80%.</summary>
    public abstract string HelpUpdateExample { get; }

    public abstract string HelpHelpTopic { get; }

    public abstract string HelpHelpExample { get; }

    /// <summary>Introduces the tappable example buttons.</summary>
    public abstract string HelpTryLabel { get; }
}
