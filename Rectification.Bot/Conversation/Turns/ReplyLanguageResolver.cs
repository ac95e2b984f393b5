using Microsoft.EntityFrameworkCore;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Understanding.Languages;
using Rectification.Bot.Localization;
using Rectification.Bot.Storage;

namespace Rectification.Bot.Conversation.Turns;

/// <summary>
/// Picks the language of the answer: the message's own language, else the activity's locale, else the
/// language the person used last (remembered in the database), else Chinese.
/// </summary>
internal sealed class ReplyLanguageResolver(BotStateDbContext db, TimeProvider clock)
{
    public async Task<Language> ResolveAsync(InboundMessage inbound, Language? detected, CancellationToken cancellationToken)
    {
        var preference = await FindAsync(inbound, cancellationToken);
        var language = ReplyLanguage.Choose(detected, inbound.Locale, preference?.LastLanguage);
        if (detected is { } spoken && preference?.LastLanguage != spoken)
        {
            preference ??= db.UserPreferences.Add(new UserPreference(inbound.ChannelId, inbound.From.Id)).Entity;
            preference.RememberLanguage(spoken, clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
        }

        return language;
    }

    /// <summary>For answers after a failure: reads, never writes.</summary>
    public async Task<Language> ResolveQuietlyAsync(InboundMessage inbound, CancellationToken cancellationToken)
    {
        var preference = await FindAsync(inbound, cancellationToken);
        return ReplyLanguage.Choose(null, inbound.Locale, preference?.LastLanguage);
    }

    private Task<UserPreference?> FindAsync(InboundMessage inbound, CancellationToken cancellationToken) =>
        db.UserPreferences.FirstOrDefaultAsync(p => p.ChannelId == inbound.ChannelId && p.UserId == inbound.From.Id, cancellationToken);
}
