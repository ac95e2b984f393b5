using Rectification.Domain.Queries;
using Rectification.Domain.Findings;
using Rectification.Domain.People;
using Rectification.Tests.Findings;

namespace Rectification.Tests.People;

public sealed class PeopleDirectoryTests
{
    private static readonly DateTime At = new(2024, 9, 1, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task People_are_found_by_their_channel_id_or_their_AAD_object_id()
    {
        await using var ledger = await TestLedger.CreateAsync(seed: false);
        await using (var db = ledger.Open())
        {
            db.People.Add(TestPeople.Microsoft("29:1abc", "李四", PersonRole.Staff, "综合处", At, alternateId: "00000000-0000-0000-0000-000000000001"));
            db.People.Add(TestPeople.Microsoft("00000000-0000-0000-0000-000000000002", "张三", PersonRole.Leader, null, At));
            await db.SaveChangesAsync();
        }

        await using var read = ledger.Open();
        var directory = new PeopleDirectory(read, new LedgerQueries(read, new LedgerSnapshots()));

        var byChannelId = await directory.IdentifyAsync(new ChannelIdentity(IdentityRealm.Microsoft, "29:1abc"), "msteams", CancellationToken.None);
        var byAad = await directory.IdentifyAsync(new ChannelIdentity(IdentityRealm.Microsoft, "29:other", "00000000-0000-0000-0000-000000000001"), "msteams", CancellationToken.None);
        var aadAsId = await directory.IdentifyAsync(new ChannelIdentity(IdentityRealm.Microsoft, "29:xyz", "00000000-0000-0000-0000-000000000002"), "msteams", CancellationToken.None);

        Assert.Equal("李四", byChannelId.Person?.Name);
        Assert.Equal("李四", byAad.Person?.Name);
        Assert.Equal("张三", aadAsId.Person?.Name);
        Assert.Equal(new ProgressAuthor("29:1abc", "李四", ProgressSource.Chat, "msteams"), byChannelId.Author);
        Assert.False(byChannelId.IsOperator);
    }

    [Fact]
    public async Task An_unknown_user_is_an_actor_without_a_person_named_as_the_channel_shows_them()
    {
        await using var ledger = await TestLedger.CreateAsync(seed: false);
        await using var db = ledger.Open();

        var actor = await new PeopleDirectory(db, new LedgerQueries(db, new LedgerSnapshots())).IdentifyAsync(new ChannelIdentity(IdentityRealm.Microsoft, "user-7", null, "访客"), "console", CancellationToken.None);

        Assert.Null(actor.Person);
        Assert.Equal(new ProgressAuthor("user-7", "访客", ProgressSource.Chat, "console"), actor.Author);
    }

    [Fact]
    public async Task Contacts_are_the_active_people_of_a_role()
    {
        await using var ledger = await TestLedger.CreateAsync(seed: false);
        await using (var db = ledger.Open())
        {
            var gone = TestPeople.Microsoft("a-2", "前管理员", PersonRole.Admin, null, At);
            gone.Deactivate(At);
            db.People.AddRange(TestPeople.Microsoft("a-1", "王五", PersonRole.Admin, null, At), gone, TestPeople.Microsoft("s-1", "李四", PersonRole.Staff, "综合处", At));
            await db.SaveChangesAsync();
        }

        await using var read = ledger.Open();
        var directory = new PeopleDirectory(read, new LedgerQueries(read, new LedgerSnapshots()));

        Assert.Equal(["王五"], (await directory.ContactsAsync(PersonRole.Admin, CancellationToken.None)).Select(p => p.Name));
        Assert.Equal(["李四"], (await directory.DepartmentStaffAsync(" 综合处", CancellationToken.None)).Select(p => p.Name));
        Assert.Equal(3, (await directory.ListAsync(includeInactive: true, CancellationToken.None)).Count);
    }
}
