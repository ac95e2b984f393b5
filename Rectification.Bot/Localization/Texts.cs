using Rectification.Domain.Findings;

namespace Rectification.Bot.Localization;

/// <summary>
/// Every sentence and label a person reads, for one language. <see cref="ChineseTexts"/> and
/// <see cref="EnglishTexts"/> are the one place each language lives; code never spells user-facing text.
/// </summary>
public abstract class Texts
{
    public static Texts Chinese { get; } = new ChineseTexts();

    public static Texts English { get; } = new EnglishTexts();

    public abstract Language Language { get; }

    /// <summary>BCP-47 tag set on outgoing activities.</summary>
    public abstract string Locale { get; }

    public static Texts For(Language language) => language == Language.English ? English : Chinese;

    public abstract string FindingStatus(FindingStatus status);

    public abstract string MeasureStatus(MeasureStatus status);

    // ---- Conversation (answers that are not cards; Rectification.Bot/Conversation) ----

    public abstract string SomethingWentWrong { get; }

    /// <summary>The valid range named, e.g. 问题编号应在1–29之间 / Findings are numbered 1–29.</summary>
    public abstract string NumberOutOfRange(string raw, int min, int max);

    public abstract string NoFindingsYet { get; }

    public abstract string MessageTooLong(int length, int maxLength);

    public abstract string NotUnderstood { get; }

    public abstract string SuggestionHelpTitle { get; }

    public abstract string SuggestionHelpText { get; }

    public abstract string SuggestionOpenListTitle { get; }

    public abstract string SuggestionOpenListText { get; }

    public abstract string NothingToCancel { get; }

    public abstract string FeatureReporting { get; }

    public abstract string FeatureDigest { get; }

    public abstract string NotYetAvailable(string feature);

    public abstract string AskWhichFindingForHistory { get; }

    public abstract string HistoryHeading(int number, string title);

    /// <summary>One history entry as a line of text: when, who, what kind, what changed, what was said.</summary>
    public string HistoryLine(ProgressEntry entry, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var when = DateAndTime(TimeZoneInfo.ConvertTimeFromUtc(entry.RecordedAtUtc, timeZone));
        var change = entry is { MeasureOrdinal: { } ordinal, MeasureStatusBefore: { } before, MeasureStatusAfter: { } after }
            ? " · " + MeasureChange(ordinal, StatusChange(MeasureStatusWithPercent(before, entry.PercentBefore), MeasureStatusWithPercent(after, entry.PercentAfter)))
            : string.Empty;
        return $"• {when} · {entry.AuthorName} · {ProgressEntryKind(entry.Kind)}{change} — {entry.Description}";
    }

    // ---- end Conversation ----
}
