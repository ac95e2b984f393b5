using Microsoft.EntityFrameworkCore;
using Rectification.Bot.Channels.BotFramework.Schema;
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
    public async Task<Language> ResolveAsync(Activity activity, Language? detected, CancellationToken cancellationToken)
    {
        var preference = await FindAsync(activity, cancellationToken);
        var language = ReplyLanguage.Choose(detected, activity.Locale, preference?.LastLanguage);
        if (detected is { } spoken && preference?.LastLanguage != spoken && activity is { ChannelId: { } channelId, From.Id: { } userId })
        {
            preference ??= db.UserPreferences.Add(new UserPreference(channelId, userId)).Entity;
            preference.RememberLanguage(spoken, clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
        }

        return language;
    }

    /// <summary>For answers after a failure: reads, never writes.</summary>
    public async Task<Language> ResolveQuietlyAsync(Activity activity, CancellationToken cancellationToken)
    {
        var preference = await FindAsync(activity, cancellationToken);
        return ReplyLanguage.Choose(null, activity.Locale, preference?.LastLanguage);
    }

    private Task<UserPreference?> FindAsync(Activity activity, CancellationToken cancellationToken) =>
        activity is { ChannelId: { } channelId, From.Id: { } userId }
            ? db.UserPreferences.FirstOrDefaultAsync(p => p.ChannelId == channelId && p.UserId == userId, cancellationToken)
            : Task.FromResult<UserPreference?>(null);
}
