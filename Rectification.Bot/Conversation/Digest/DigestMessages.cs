using Rectification.Bot.Cards.Digest;
using Rectification.Bot.Cards.Serialization;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Bot.Localization;
using Rectification.Domain.Findings;
using Rectification.Domain.Reporting;

namespace Rectification.Bot.Conversation.Digest;

/// <summary>
/// The digest a subscriber receives: which week it covers and the activity that carries it. The digest sent in a
/// week covers the last complete week before it (in the subscriber's time zone), so every change is reported
/// exactly once and no week is cut short; the figures are as of the moment it is built.
/// </summary>
public static class DigestMessages
{
    /// <summary>Channels that show Adaptive Cards; the others get the Markdown form as text.</summary>
    private static readonly HashSet<string> CardChannels = new(StringComparer.OrdinalIgnoreCase) { "msteams", "emulator", "webchat", "directline" };

    public static DigestReport Build(IReadOnlyList<Finding> findings, TimeZoneInfo zone, DateTimeOffset now, DigestOptions options) =>
        DigestBuilder.Build(findings, DigestPeriod.Containing(now, zone).Previous(), now, options);

    public static bool ShowsCards(string? channelId) => channelId is not null && CardChannels.Contains(channelId);

    /// <summary>
    /// A message activity without addressing (the stored reference adds it): the card alone where cards are shown
    /// (Teams would print a text above the card as well), else the Markdown text. Summary is what notifications show.
    /// </summary>
    public static Activity ToActivity(DigestReport report, Language language, string? channelId)
    {
        ArgumentNullException.ThrowIfNull(report);
        var texts = DigestTexts.For(language);
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Locale = Texts.For(language).Locale,
            Summary = texts.Title(report.Period.Key, report.Period.FirstDay, report.Period.LastDay),
        };
        if (ShowsCards(channelId))
        {
            activity.Attachments = [CardSerializer.ToAttachment(DigestCard.Build(report, language))];
        }
        else
        {
            activity.TextFormat = "markdown";
            activity.Text = DigestMarkdown.Render(report, language);
        }

        return activity;
    }
}
