using Microsoft.EntityFrameworkCore;
using Rectification.Bot.Charts;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Reporting;
using Rectification.Domain.LedgerFiles;
using Rectification.Domain.People;
using Rectification.Domain.Queries;
using Rectification.Domain.Reporting;
using Rectification.Domain.Storage;

namespace Rectification.Bot.Conversation.Answers;

/// <summary>
/// The ledger's files in chat: the 整改台账 workbook (leaders and admins; anyone else is told whom to ask) and the
/// progress chart (anyone). Both are built from the current round as the command-line export builds them, and
/// attached only where the channel declares it takes a file or a picture; elsewhere the answer says where to get it.
/// </summary>
internal sealed class LedgerFileAnswers(LedgerDbContext ledger, PeopleDirectory people, TimeProvider clock)
{
    /// <summary>Small enough for Teams' inline images (at most 1024×1024), tall enough for three charts.</summary>
    private const int ChartWidth = 768;
    private const int ChartHeight = 1024;

    public async Task<IReadOnlyList<OutboundMessage>> ExportLedgerAsync(Reply reply, CancellationToken cancellationToken)
    {
        var texts = reply.Texts;
        var person = await people.FindAsync(ActorSource.IdentityOf(reply.Inbound.From), cancellationToken);
        if (person is not { Active: true, Role: PersonRole.Leader or PersonRole.Admin })
        {
            var admins = (await people.ContactsAsync(PersonRole.Admin, cancellationToken)).Select(p => p.Name).ToList();
            return [reply.Text(texts.LedgerExportLeadersOnly + " " + texts.WhomToAsk(PersonRole.Admin, admins))];
        }

        if (!reply.Channel.ReceivesFiles)
        {
            return [reply.Text(texts.LedgerFileNotHere)];
        }

        var round = await LoadAsync(cancellationToken);
        if (round is null)
        {
            return [reply.Text(texts.LedgerFilesEmpty)];
        }

        var sheet = LedgerExport.LedgerSheet(round.Findings, OfficeTimeZone.Resolve(null));
        using var workbook = new MemoryStream();
        LedgerWorkbookWriter.Write(workbook, [sheet, LedgerExport.SummarySheet(round.Findings)]);
        var file = new FileAttachment(workbook.ToArray(), texts.LedgerFileName(round.Today), FileAttachment.XlsxType);
        return [reply.Text(texts.LedgerExported(round.Findings.Count, sheet.Rows.Count)) with { Attachment = file }];
    }

    public async Task<IReadOnlyList<OutboundMessage>> ProgressChartAsync(Reply reply, CancellationToken cancellationToken)
    {
        var texts = reply.Texts;
        if (!reply.Channel.ReceivesImages)
        {
            return [reply.Text(texts.ChartNotHere)];
        }

        var round = await LoadAsync(cancellationToken);
        if (round is null)
        {
            return [reply.Text(texts.LedgerFilesEmpty)];
        }

        var data = ProgressChartData.From(round.Findings, round.AnnouncementDate, round.Today);
        var png = ProgressChartRenderer.Png(data, ChartWidth, ChartHeight);
        var image = new FileAttachment(png, texts.ChartFileName(round.Today), FileAttachment.PngType);
        return [reply.Text(texts.ChartSent(texts.Date(round.Today))) with { Attachment = image }];
    }

    private async Task<CurrentRound?> LoadAsync(CancellationToken cancellationToken)
    {
        var inspection = await ledger.Inspections.AsNoTracking().LatestFirst().FirstOrDefaultAsync(cancellationToken);
        var findings = await ledger.Findings.AsNoTracking().OfCurrentRound(ledger.Inspections).WithDetails().ToListAsync(cancellationToken);
        if (inspection is null || findings.Count == 0)
        {
            return null;
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), OfficeTimeZone.Resolve(null)).DateTime);
        return new CurrentRound(findings, inspection.AnnouncementDate, today);
    }

    private sealed record CurrentRound(IReadOnlyList<Domain.Findings.Finding> Findings, DateOnly AnnouncementDate, DateOnly Today);
}
