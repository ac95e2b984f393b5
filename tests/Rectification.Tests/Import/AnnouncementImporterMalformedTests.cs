using Rectification.Domain.Import;

namespace Rectification.Tests.Import;

public sealed class AnnouncementImporterMalformedTests
{
    [Theory]
    [InlineData("empty", 1)]
    [InlineData("wrong heading", 13)]
    [InlineData("gap in numbering", 15)]
    [InlineData("duplicated number", 17)]
    [InlineData("no section 二", 6)]
    [InlineData("malformed last finding", 64)]
    public async Task Malformed_document_is_rejected_with_its_line_and_nothing_is_written(string variant, int expectedLine)
    {
        using var ledger = await TemporaryLedger.CreateAsync();
        await using var db = ledger.Open();

        var error = await Assert.ThrowsAsync<AnnouncementFormatException>(
            () => new AnnouncementImporter(db).ImportAsync(Malformed(variant), RealAnnouncement.DocumentName));

        Assert.Equal(expectedLine, error.LineNumber);
        Assert.Equal(LedgerCounts.Empty, await ledger.CountAsync());
    }

    [Fact]
    public async Task Malformed_document_leaves_an_earlier_import_untouched()
    {
        using var ledger = await TemporaryLedger.CreateAsync();
        await using (var db = ledger.Open())
        {
            await new AnnouncementImporter(db).ImportBundledAsync();
        }

        var before = await ledger.CountAsync();
        await using (var db = ledger.Open())
        {
            await Assert.ThrowsAsync<AnnouncementFormatException>(
                () => new AnnouncementImporter(db).ImportAsync(Malformed("gap in numbering"), RealAnnouncement.DocumentName));
        }

        Assert.Equal(before, await ledger.CountAsync());
    }

    private static string Malformed(string variant) => variant switch
    {
        "empty" => string.Empty,
        "wrong heading" => RealAnnouncement.WithLine(13, "4、推动做多做强金融主体有差距"),
        "gap in numbering" => RealAnnouncement.WithLine(15, RealAnnouncement.Line(15).Replace("5.关于", "6.关于", StringComparison.Ordinal)),
        "duplicated number" => RealAnnouncement.WithLine(17, RealAnnouncement.Line(17).Replace("6.关于", "5.关于", StringComparison.Ordinal)),
        "no section 二" => RealAnnouncement.WithoutLines(6),

        // Everything before it is well formed: the import must not keep findings 1–28.
        "malformed last finding" => RealAnnouncement.WithLine(64, RealAnnouncement.Line(64).Replace("二是", "三是", StringComparison.Ordinal)),
        _ => throw new ArgumentOutOfRangeException(nameof(variant), variant, "Unknown variant."),
    };
}
