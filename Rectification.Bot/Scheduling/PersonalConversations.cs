using Microsoft.EntityFrameworkCore;
using Rectification.Bot.Conversation.Understanding.Languages;
using Rectification.Bot.Localization;
using Rectification.Bot.Storage;
using Rectification.Domain.People;

namespace Rectification.Bot.Scheduling;

/// <summary>Where a person is reached when the bot speaks first, and in which language: what reminders and follow-up checks share.</summary>
public sealed class PersonalConversations(BotStateDbContext db)
{
    /// <summary>The person's most recent personal conversation on any of their accounts that still takes messages; null when none is stored.</summary>
    public async Task<ConversationReferenceRecord?> ReferenceAsync(Person person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var ids = person.Identities.SelectMany(i => new[] { i.UserId, i.AlternateUserId }).OfType<string>().ToList();
        return await db.ConversationReferences.AsNoTracking()
            .Where(r => (r.UserId != null && ids.Contains(r.UserId)) || (r.AlternateUserId != null && ids.Contains(r.AlternateUserId)))
            .Where(r => r.IsPersonal)
            .Where(r => r.PermanentFailure == null)
            .OrderByDescending(r => r.UpdatedAtUtc)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The language the person last used there, else the conversation's locale, else Chinese.</summary>
    public async Task<Language> LanguageAsync(ConversationReferenceRecord reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var preference = await db.UserPreferences.AsNoTracking()
            .FirstOrDefaultAsync(p => p.ChannelId == reference.ChannelId && p.UserId == reference.UserId, cancellationToken);
        return preference?.LastLanguage
            ?? ReplyLanguage.FromLocale(reference.Locale) ?? Language.Chinese;
    }
}
