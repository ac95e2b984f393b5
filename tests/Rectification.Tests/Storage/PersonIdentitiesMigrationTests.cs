using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Rectification.Domain.Queries;
using Rectification.Domain.People;
using Rectification.Domain.Storage.Engines;
using Rectification.Tests.Import;

namespace Rectification.Tests.Storage;

/// <summary>The PersonIdentities migration on a ledger whose people were registered by one channel user id and an AAD id.</summary>
public sealed class PersonIdentitiesMigrationTests
{
    private const string MigrationBefore = "20261201232407_EvidenceAdded";

    [Fact]
    public async Task EveryOldChannelUserIdAndAadObjectIdBecomesAMicrosoftIdentityAndTheOldIdStaysThePersonsKey()
    {
        using var ledger = await TemporaryLedger.CreateAsync(new SqliteEngine());
        await using (var db = ledger.Open())
        {
            await db.GetService<IMigrator>().MigrateAsync(MigrationBefore);
            await db.Database.ExecuteSqlRawAsync(
                """
                INSERT INTO "People" ("ChannelUserId", "AadObjectId", "Name", "Role", "Department", "Active", "AddedAtUtc", "ChangedAtUtc") VALUES
                ('29:1abc', '00000000-0000-0000-0000-000000000001', '李四', 'Staff', '综合处', 1, '2024-09-01 08:00:00', '2024-09-01 08:00:00'),
                ('00000000-0000-0000-0000-000000000002', NULL, '张三', 'Leader', NULL, 1, '2024-09-01 08:00:00', '2024-09-01 08:00:00'),
                ('old-admin', NULL, '前管理员', 'Admin', NULL, 0, '2024-09-01 08:00:00', '2024-09-02 08:00:00')
                """);
        }

        await using (var db = ledger.Open())
        {
            await db.Database.MigrateAsync();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }

        await using (var db = ledger.Open())
        {
            var people = await db.People.OrderBy(p => p.Name).ToListAsync();
            Assert.Equal(3, people.Count);
            var lisi = people.Single(p => p.Name == "李四");
            Assert.Equal(("29:1abc", PersonRole.Staff, "综合处"), (lisi.Key, lisi.Role, lisi.Department));
            var identity = Assert.Single(lisi.Identities);
            Assert.Equal((IdentityRealm.Microsoft, "29:1abc", "00000000-0000-0000-0000-000000000001"), (identity.Realm, identity.UserId, identity.AlternateUserId));
            Assert.Equal(
                [(IdentityRealm.Microsoft, "00000000-0000-0000-0000-000000000002", (string?)null)],
                people.Single(p => p.Name == "张三").Identities.Select(i => (i.Realm, i.UserId, i.AlternateUserId)));
            Assert.False(people.Single(p => p.Key == "old-admin").Active);
        }

        await using (var db = ledger.Open())
        {
            // Teams sends from.id and the AAD object id: either finds the person, and entries keep naming them by the old id.
            var directory = new PeopleDirectory(db, new LedgerQueries(db, new LedgerSnapshots()));
            var byAad = await directory.IdentifyAsync(
                new ChannelIdentity(IdentityRealm.Microsoft, "29:new-conversation-id", "00000000-0000-0000-0000-000000000001"), "msteams", CancellationToken.None);
            var byAadAsId = await directory.IdentifyAsync(
                new ChannelIdentity(IdentityRealm.Microsoft, "29:xyz", "00000000-0000-0000-0000-000000000002"), "msteams", CancellationToken.None);
            var otherRealm = await directory.IdentifyAsync(new ChannelIdentity(IdentityRealm.Telegram, "29:1abc"), "telegram", CancellationToken.None);

            Assert.Equal(("李四", "29:1abc"), (byAad.Person?.Name, byAad.Author.UserId));
            Assert.Equal(("张三", "00000000-0000-0000-0000-000000000002"), (byAadAsId.Person?.Name, byAadAsId.Author.UserId));
            Assert.Null(otherRealm.Person);
        }
    }
}
