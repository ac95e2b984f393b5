namespace Rectification.Bot.Localization;

/// <summary>Telegram channel: the command menu (setMyCommands) and what a card that Telegram cannot show says instead.</summary>
public abstract partial class Texts
{
    /// <summary>The two-letter code Telegram's setMyCommands takes for this language ("zh", "en").</summary>
    public abstract string TelegramLanguageCode { get; }

    public abstract string CommandStartDescription { get; }

    public abstract string CommandHelpDescription { get; }

    public abstract string CommandStatusDescription { get; }

    public abstract string CommandListDescription { get; }

    public abstract string CommandOverdueDescription { get; }

    public abstract string CommandSupervisionDescription { get; }

    public abstract string CommandReportDescription { get; }

    public abstract string CommandUpdateDescription { get; }

    public abstract string CommandHistoryDescription { get; }

    public abstract string CommandDigestDescription { get; }

    public abstract string CommandExportDescription { get; }

    public abstract string CommandChartDescription { get; }

    public abstract string CommandSubscribeDescription { get; }

    public abstract string CommandUnsubscribeDescription { get; }

    public abstract string CommandLinkDescription { get; }

    /// <summary>
    /// Under a card whose text fields a chat without forms cannot fill in (<paramref name="fields"/>, joined): what
    /// to send instead.
    /// </summary>
    public abstract string TypeInsteadOfForm(string fields);

    /// <summary>Joins the names of several fields in a sentence.</summary>
    public abstract string FieldList(IEnumerable<string> fields);
}
