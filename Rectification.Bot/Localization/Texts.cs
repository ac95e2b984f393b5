using Rectification.Domain.Findings;

namespace Rectification.Bot.Localization;

/// <summary>
/// Every sentence and label a person reads, for one language. <see cref="ChineseTexts"/> and
/// <see cref="EnglishTexts"/> are the one place each language lives; code never spells user-facing text.
/// </summary>
public abstract partial class Texts
{
    public static Texts Chinese { get; } = new ChineseTexts();

    public static Texts English { get; } = new EnglishTexts();

    public abstract Language Language { get; }

    /// <summary>BCP-47 tag set on outgoing activities.</summary>
    public abstract string Locale { get; }

    /// <summary>
    /// The office's working language. Text the ledger keeps for everyone to read, such as the description of an
    /// update that only states a status, is written in it (like the announcement), whatever the reporter writes in.
    /// </summary>
    public static Texts Office => Chinese;

    public static Texts For(Language language) => language == Language.English ? English : Chinese;

    public abstract string FindingStatus(FindingStatus status);

    public abstract string MeasureStatus(MeasureStatus status);
}
