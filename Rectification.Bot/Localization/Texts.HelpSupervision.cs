namespace Rectification.Bot.Localization;

/// <summary>The help card's examples of supervision and the ledger: 回头看, the sign-off override, next steps, corrections, files.</summary>
public abstract partial class Texts
{
    public abstract string HelpNextStepExample { get; }

    public abstract string HelpFollowUpTopic { get; }

    public abstract string HelpFollowUpExample { get; }

    public abstract string HelpCorrectionTopic { get; }

    public abstract string HelpCorrectionExample { get; }

    public abstract string HelpSignOffOverrideExample { get; }

    public abstract string HelpChartExample { get; }

    public abstract string HelpExportTopic { get; }

    public abstract string HelpExportExample { get; }

    public abstract string HelpImmediateDeadlineExample { get; }

    public abstract string HelpDigestSoFarExample { get; }
}
