using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Rectification.Domain.Storage.Engines;
using Rectification.Domain.Findings;
using Rectification.Domain.Import;
using Rectification.Tests.Import;

namespace Rectification.Tests.Storage;

/// <summary>The EvidenceAdded migration on a ledger that already holds findings and history.</summary>
public sealed class EvidenceMigrationTests
{
    private const string MigrationBefore = "20261126072802_People";

    [Fact]
    public async Task TheMigrationAppliesToAnExistingLedgerKeepingItsHistoryAndThenLinksEvidenceToEntries()
    {
        using var ledger = await TemporaryLedger.CreateAsync(new SqliteEngine());
        await using (var db = ledger.Open())
        {
            await new AnnouncementImporter(db).ImportAsync(RealAnnouncement.Parsed);
            await db.GetService<IMigrator>().MigrateAsync(MigrationBefore);
            Assert.Contains(await db.Database.GetPendingMigrationsAsync(), m => m.EndsWith("_EvidenceAdded", StringComparison.Ordinal));
        }

        var before = await ledger.CountAsync();
        await using (var db = ledger.Open())
        {
            await db.Database.MigrateAsync();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }

        Assert.Equal(before, await ledger.CountAsync());
        long backedId;
        await using (var db = ledger.Open())
        {
            var finding = await db.Findings.Include(f => f.Measures).Include(f => f.History).SingleAsync(f => f.Number == 14);
            var author = new ProgressAuthor("user-1", "张三", ProgressSource.Chat, "msteams");
            backedId = finding.EvidenceTarget(3)!.Id;
            finding.AddEvidence(3, new Evidence("会议纪要", "https://example.org/m.pdf"), author, new DateTime(2024, 7, 1, 2, 0, 0, DateTimeKind.Utc));
            await db.SaveChangesAsync();
        }

        await using (var db = ledger.Open())
        {
            var added = await db.ProgressEntries.SingleAsync(e => e.Kind == ProgressEntryKind.EvidenceAdded);
            Assert.Equal(backedId, added.EvidenceForEntryId);
            Assert.Equal("https://example.org/m.pdf", added.EvidenceUrl);
        }
    }
}
