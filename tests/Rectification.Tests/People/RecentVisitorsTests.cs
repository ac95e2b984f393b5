using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Rectification.Domain.Queries;
using Rectification.Domain.People;
using Rectification.Tests.Findings;

namespace Rectification.Tests.People;

/// <summary>Recent visitors are kept one row per account for a bounded time, and link codes are single-use across contexts.</summary>
public sealed class RecentVisitorsTests
{
    private static readonly DateTimeOffset Start = new(2024, 9, 2, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task AVisitorIsKeptOnceAndForgottenAfterTheRetention()
    {
        await using var ledger = await TestLedger.CreateAsync(seed: false);
        var clock = new FakeTimeProvider(Start);
        await using (var db = ledger.Open())
        {
            var visitors = new RecentVisitors(db, new RecentVisitors.Sightings(), clock);
            await visitors.RecordAsync(new ChannelIdentity(IdentityRealm.Microsoft, "old-1", null, "张三"), CancellationToken.None);
            await visitors.RecordAsync(new ChannelIdentity(IdentityRealm.Microsoft, "old-1", null, "张三"), CancellationToken.None);
        }

        clock.Advance(RecentVisitor.Retention + TimeSpan.FromMinutes(1));
        await using (var db = ledger.Open())
        {
            var visitors = new RecentVisitors(db, new RecentVisitors.Sightings(), clock);
            Assert.Empty(await visitors.NamedAsync("张三", CancellationToken.None));
            await visitors.RecordAsync(new ChannelIdentity(IdentityRealm.Telegram, "42", null, "张三"), CancellationToken.None);
        }

        await using (var read = ledger.Open())
        {
            var stored = await read.RecentVisitors.Select(v => new { v.Realm, v.UserId }).ToListAsync();
            Assert.Equal([(IdentityRealm.Telegram, "42")], stored.Select(v => (v.Realm, v.UserId)));
        }
    }

    [Fact]
    public async Task ACodeRedeemedInOneContextIsRefusedInAnother()
    {
        await using var ledger = await TestLedger.CreateAsync(seed: false);
        var clock = new FakeTimeProvider(Start);
        string code;
        await using (var db = ledger.Open())
        {
            var person = TestPeople.Microsoft("29:lisi", "李四", PersonRole.Staff, "综合处", Start.UtcDateTime);
            db.People.Add(person);
            await db.SaveChangesAsync();
            code = (await new LinkCodes(db, new PeopleDirectory(db, new LedgerQueries(db, new LedgerSnapshots())), clock).IssueAsync(person, CancellationToken.None)).Code;
        }

        await using var first = ledger.Open();
        await using var second = ledger.Open();
        var byFirst = new LinkCodes(first, new PeopleDirectory(first, new LedgerQueries(first, new LedgerSnapshots())), clock);
        var bySecond = new LinkCodes(second, new PeopleDirectory(second, new LedgerQueries(second, new LedgerSnapshots())), clock);

        // Whether the second reads the code before the first saves (the concurrency token refuses it) or after (it is used), one links.
        var redeemed = await Task.WhenAll(
            byFirst.RedeemAsync(code, new ChannelIdentity(IdentityRealm.Telegram, "1"), CancellationToken.None),
            bySecond.RedeemAsync(code, new ChannelIdentity(IdentityRealm.Telegram, "2"), CancellationToken.None));

        Assert.Equal(1, redeemed.Count(r => r.Kind == LinkRedemptionKind.Linked));
        Assert.Equal(1, redeemed.Count(r => r is { Kind: LinkRedemptionKind.Refused, Refusal: LinkCodeRefusal.Used }));
        await using var read = ledger.Open();
        Assert.Equal(2, (await read.People.SingleAsync()).Identities.Count);
    }
}
