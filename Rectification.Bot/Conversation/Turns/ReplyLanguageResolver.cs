using Microsoft.EntityFrameworkCore;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Understanding.Languages;
using Rectification.Bot.Localization;
using Rectification.Bot.Storage;
using Rectification.Domain.Storage;

namespace Rectification.Bot.Conversation.Turns;

/// <summary>
/// Picks the language of the answer: the message's own language, else the activity's locale, else the
/// language the person used last (remembered in the database), else Chinese.
/// </summary>
internal sealed class ReplyLanguageResolver(BotStateDbContext db, ReplyLanguageResolver.Remembered remembered, TimeProvider clock)
{
    public async Task<Language> ResolveAsync(InboundMessage inbound, Language? detected, CancellationToken cancellationToken)
    {
        if (detected is { } spoken)
        {
            await RememberAsync(inbound, spoken, cancellationToken);
        }

        return await ChooseAsync(inbound, detected, cancellationToken);
    }

    /// <summary>For answers after a failure: reads, never writes.</summary>
    public Task<Language> ResolveQuietlyAsync(InboundMessage inbound, CancellationToken cancellationToken) =>
        ChooseAsync(inbound, detected: null, cancellationToken);

    private async Task<Language> ChooseAsync(InboundMessage inbound, Language? detected, CancellationToken cancellationToken)
    {
        // The stored language is read only when neither the message nor its locale decides.
        var decided = detected ?? ReplyLanguage.FromLocale(inbound.Locale);
        var lastUsed = decided is null ? (await FindAsync(inbound, cancellationToken))?.LastLanguage : null;
        return ReplyLanguage.Choose(detected, inbound.Locale, lastUsed);
    }

    /// <summary>Stores the language the person just used, unless this process stored it a moment ago.</summary>
    private async Task RememberAsync(InboundMessage inbound, Language spoken, CancellationToken cancellationToken)
    {
        var key = (inbound.ChannelId, inbound.From.Id);
        var now = clock.GetUtcNow().UtcDateTime;
        if (remembered.IsCurrent(key, spoken, now))
        {
            return;
        }

        var preference = await FindAsync(inbound, cancellationToken);
        if (preference is null)
        {
            await InsertAsync(inbound, spoken, now, cancellationToken);
        }
        else if (preference.LastLanguage != spoken)
        {
            preference.RememberLanguage(spoken, now);
            await db.SaveChangesAsync(cancellationToken);
        }

        remembered.Remember(key, spoken, now);
    }

    /// <summary>
    /// A person's first message stores their row. Two first messages at once (or on two instances) both try: the
    /// unique key lets one insert, and the other updates the row that one wrote instead of failing its turn.
    /// </summary>
    private async Task InsertAsync(InboundMessage inbound, Language spoken, DateTime now, CancellationToken cancellationToken)
    {
        var created = db.UserPreferences.Add(new UserPreference(inbound.ChannelId, inbound.From.Id)).Entity;
        created.RememberLanguage(spoken, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (db.Entry(created).State == EntityState.Added)
        {
            db.Entry(created).State = EntityState.Detached;
            var stored = await FindAsync(inbound, cancellationToken);
            if (stored is null)
            {
                throw; // not the other turn's row: a real failure (a full disk, a lost connection)
            }

            stored.RememberLanguage(spoken, now);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private Task<UserPreference?> FindAsync(InboundMessage inbound, CancellationToken cancellationToken) =>
        db.UserPreferences.FirstOrDefaultAsync(p => p.ChannelId == inbound.ChannelId && p.UserId == inbound.From.Id, cancellationToken);

    /// <summary>
    /// The languages this process stored lately, for the whole process. A person who switches language on another
    /// instance within the minute may find the older one remembered, which only matters for a later message that
    /// has neither a language of its own nor a locale.
    /// </summary>
    internal sealed class Remembered() : RecentlyStored<(string ChannelId, string UserId), Language>(TimeSpan.FromMinutes(1));
}
