using Rectification.Bot.Cards;
using Rectification.Bot.Cards.Digest;
using Rectification.Bot.Conversation.Messages;
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
    /// <summary>The week a digest built at <paramref name="now"/> covers: the last complete one in <paramref name="zone"/>.</summary>
    public static DigestPeriod PeriodOf(TimeZoneInfo zone, DateTimeOffset now) => DigestPeriod.Containing(now, zone).Previous();

    /// <summary>The week under way in <paramref name="zone"/>: what "digest so far this week" covers, up to now.</summary>
    public static DigestPeriod CurrentWeekOf(TimeZoneInfo zone, DateTimeOffset now) => DigestPeriod.Containing(now, zone);

    public static DigestReport Build(IReadOnlyList<Finding> findings, TimeZoneInfo zone, DateTimeOffset now, DigestOptions options) =>
        DigestBuilder.Build(findings, PeriodOf(zone, now), now, options);

    /// <summary>The digest from the ledger's aggregating queries (<see cref="DigestSource.LoadRoundAsync"/>).</summary>
    public static Task<DigestReport> BuildAsync(DigestSource source, TimeZoneInfo zone, DateTimeOffset now, DigestOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.BuildAsync(PeriodOf(zone, now), now, options, cancellationToken);
    }

    /// <summary>
    /// The digest as a message: the card, with the Markdown form as its text for channels that show no cards (a
    /// channel that shows the card sends it alone). Summary is what notifications show; a suggestion asks for the progress chart.
    /// </summary>
    public static OutboundMessage ToMessage(DigestReport report, Language language)
    {
        ArgumentNullException.ThrowIfNull(report);
        var texts = DigestTexts.For(language);
        return new OutboundMessage
        {
            Text = DigestMarkdown.Render(report, language),
            Format = TextFormat.Markdown,
            Card = CardLanguage.Stamp(DigestCard.Build(report, language), language),
            Locale = Texts.For(language).Locale,
            Summary = texts.Title(report.Period.Key, report.Period.FirstDay, report.Period.LastDay),

            // The charts one tap away: the answer is the picture where the channel shows one, else where to see it.
            Suggestions = [new Suggestion(Texts.For(language).ChartButtonTitle, Texts.For(language).ChartButtonText)],
        };
    }
}
