namespace Rectification.Bot.Localization;

/// <summary>People's everyday questions: their to-do, their department, the overall progress, this week's changes.</summary>
public abstract partial class Texts
{
    /// <summary>A list row's deadline: 时限 2024年9月30日 / due 2024-09-30.</summary>
    public abstract string DueOn(string date);

    /// <summary>科技金融处的问题（5）.</summary>
    public abstract string DepartmentFindingsTitle(string department, int count);

    /// <summary>我的待办 · 科技金融处（3）.</summary>
    public abstract string MyToDoTitle(string department, int count);

    /// <summary>The line under a department's title: how many of each status.</summary>
    public abstract string StatusCounts(int inProgress, int awaitingSignOff, int signedOff);

    /// <summary>The to-do is empty: nothing of the department is in progress.</summary>
    public abstract string ToDoEmpty(string department);

    /// <summary>No finding names the department; <paramref name="known"/> are the departments findings do name.</summary>
    public abstract string DepartmentHasNoFindings(string department, IReadOnlyList<string> known);

    /// <summary>The bot does not know the asker, so it cannot know their department.</summary>
    public abstract string AskerUnknown { get; }

    /// <summary>The asker is known but registered without a department.</summary>
    public abstract string AskerWithoutDepartment(string name);

    /// <summary>Where to look instead, after <see cref="AskerUnknown"/> or <see cref="AskerWithoutDepartment"/>.</summary>
    public abstract string AskerCanStillList { get; }

    public abstract string OverallTitle { get; }

    /// <summary>Under the big percentage: 问题完成 19/29 项（含已销号）.</summary>
    public abstract string FindingsCompletedShare(int completed, int total);

    public abstract string FindingsTotalLabel { get; }

    /// <summary>The in-progress count, with how many of them were reopened.</summary>
    public abstract string InProgressWithReopened(int inProgress, int reopened);

    public abstract string MeasuresLabel { get; }

    /// <summary>已完成 80/95（84%）.</summary>
    public abstract string MeasuresDoneShare(int completed, int total, int percent);

    /// <summary>Buttons under the overview: each a title and the question it asks.</summary>
    public abstract (string Title, string Text) OpenListButton { get; }

    public abstract (string Title, string Text) AwaitingSignOffButton { get; }

    public abstract (string Title, string Text) WeekChangesButton { get; }

    /// <summary>本周变化（12月1日起）：3个问题，5条记录.</summary>
    public abstract string WeekChangesTitle(DateOnly monday, int findings, int entries);

    /// <summary>Said when nothing was recorded since Monday.</summary>
    public abstract string WeekChangesNone(DateOnly monday);
}
