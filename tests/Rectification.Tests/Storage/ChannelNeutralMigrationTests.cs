using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Rectification.Bot.Channels.BotFramework.Messages;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Storage;
using Rectification.Tests.Infrastructure;

namespace Rectification.Tests.Storage;

/// <summary>
/// The ChannelNeutralConversations migration on a bot database that already holds Bot Framework references and a
/// digest waiting in the outbox: nothing is lost, and what was stored reads back in the core's form.
/// </summary>
public sealed class ChannelNeutralMigrationTests : IDisposable
{
    private const string MigrationBefore = "20261126083602_DigestSubscriptionsAndOutbox";

    private const string LegacyReference =
        """{"user":{"id":"29:leader","name":"王主任","aadObjectId":"aad-leader"},"bot":{"id":"28:bot","name":"Bot"},"conversation":{"id":"a:1","conversationType":"personal","tenantId":"tenant"},"channelId":"msteams","serviceUrl":"https://smba.example/amer/"}""";

    private const string LegacyActivity =
        """{"type":"message","locale":"zh-CN","summary":"整改进展周报 · 2024-W28","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard","version":"1.2","body":[{"type":"TextBlock","text":"整改进展周报"}]}}]}""";

    private readonly string _file = Path.Combine(Path.GetTempPath(), $"bot-state-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task StoredReferencesAndAWaitingDigestSurviveTheMigrationAndReadBackInTheCoresForm()
    {
        await using (var db = NewContext())
        {
            await db.GetService<IMigrator>().MigrateAsync(MigrationBefore);
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO ConversationReferences (ChannelId, ConversationId, ServiceUrl, ConversationType, TenantId, UserId, UserAadObjectId, UserName, BotId, Locale, ReferenceJson, UpdatedAtUtc) " +
                "VALUES ('msteams', 'a:1', 'https://smba.example/amer/', 'personal', 'tenant', '29:leader', 'aad-leader', '王主任', '28:bot', NULL, {0}, '2026-11-30 08:00:00'), " +
                "('msteams', '19:team@thread.tacv2', 'https://smba.example/amer/', 'channel', 'tenant', '29:leader', NULL, '王主任', '28:bot', NULL, {0}, '2026-11-30 08:00:00')",
                LegacyReference);
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO OutboxMessages (Key, Kind, SubscriptionId, ChannelId, ConversationId, UserId, ReferenceJson, ActivityJson, State, Attempts, InterruptedSends, NextAttemptAtUtc, CreatedAtUtc) " +
                "VALUES ('digest:1:2024-W29', 'digest', NULL, 'msteams', 'a:1', '29:leader', {0}, {1}, 'Pending', 0, 0, '2026-11-30 08:00:00', '2026-11-30 08:00:00')",
                LegacyReference, LegacyActivity);
        }

        await using (var db = NewContext())
        {
            await db.Database.MigrateAsync();
        }

        await using (var db = NewContext())
        {
            var references = await db.ConversationReferences.AsNoTracking().OrderBy(r => r.Id).ToListAsync();
            Assert.Equal(["botframework", "botframework"], references.Select(r => r.Channel));
            Assert.Equal([true, false], references.Select(r => r.IsPersonal));
            Assert.Equal("aad-leader", references[0].AlternateUserId);
            Assert.Equal("https://smba.example/amer/", BotFrameworkConversations.Reference(references[0].ToConversation()).ServiceUrl);

            var row = await db.OutboxMessages.AsNoTracking().SingleAsync();
            var to = MessageJson.ReadConversation(row.ConversationJson);
            var digest = MessageJson.ReadMessage(row.MessageJson);
            Assert.Equal(new ConversationAddress("botframework", "msteams", "a:1", IsPersonal: true), to.Address);
            Assert.Equal("https://smba.example/amer/", BotFrameworkConversations.Reference(to).ServiceUrl);
            Assert.Equal("整改进展周报 · 2024-W28", digest.Summary);
            Assert.Equal("整改进展周报", Assert.IsType<Bot.Cards.Model.TextBlock>(Assert.Single(digest.Card!.Body)).Text);
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }

    /// <summary>The SQLite file, whatever this run's engine: the migration under test is in SQLite's history.</summary>
    private BotStateDbContext NewContext() => TestDatabase.OnSqlite(_file).OpenBotState();
}
