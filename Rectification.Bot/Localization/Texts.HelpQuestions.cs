namespace Rectification.Bot.Localization;

/// <summary>The help card's examples of everyday questions and of evidence added later (Cards/HelpCard).</summary>
public abstract partial class Texts
{
    public abstract string HelpAwaitingSignOffExample { get; }

    public abstract string HelpKeywordInSentenceExample { get; }

    public abstract string HelpOverviewTopic { get; }

    /// <summary>督办: the overdue findings and the supervision list.</summary>
    public abstract string HelpSupervisionTopic { get; }

    public abstract string HelpOverdueExample { get; }

    public abstract string HelpSupervisionListExample { get; }

    public abstract string HelpOverallExample { get; }

    public abstract string HelpWeekChangesExample { get; }

    public abstract string HelpMyWorkTopic { get; }

    public abstract string HelpMyToDoExample { get; }

    public abstract string HelpDepartmentExample { get; }

    public abstract string HelpAddEvidenceExample { get; }
}
