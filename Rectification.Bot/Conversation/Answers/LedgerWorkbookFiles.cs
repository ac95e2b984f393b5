using Microsoft.EntityFrameworkCore;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Reporting;
using Rectification.Bot.Localization;
using Rectification.Domain.Findings;
using Rectification.Domain.LedgerFiles;
using Rectification.Domain.People;
using Rectification.Domain.Queries;
using Rectification.Domain.Reporting;
using Rectification.Domain.Storage;

namespace Rectification.Bot.Conversation.Answers;

/// <summary>
/// The 整改台账 workbook for someone in chat: who may have it (leaders and admins) and the file itself, built from a
/// round's state each time it is asked for. A channel that hands the file over only after the person's consent
/// (Teams) asks again with the round it offered, rather than keeping the bytes between the two requests, so any
/// instance can answer the consent.
/// </summary>
internal sealed class LedgerWorkbookFiles(LedgerDbContext ledger, LedgerQueries queries, PeopleDirectory people, TimeProvider clock)
{
    /// <summary>Null when <paramref name="user"/> may have the workbook; else the refusal, saying whom to ask.</summary>
    public async Task<string?> RefusalAsync(ChannelUser user, Texts texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var person = await people.FindAsync(ActorSource.IdentityOf(user), cancellationToken);
        if (person is { Active: true, Role: PersonRole.Leader or PersonRole.Admin })
        {
            return null;
        }

        var admins = (await people.ContactsAsync(PersonRole.Admin, cancellationToken)).Select(p => p.Name).ToList();
        return texts.LedgerExportLeadersOnly + " " + texts.WhomToAsk(PersonRole.Admin, admins);
    }

    /// <summary>The workbook of one round (the turn's when null), as of now; null when it holds no findings.</summary>
    public async Task<LedgerWorkbookFile?> BuildAsync(int? inspectionId, Texts texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (await LoadRoundAsync(inspectionId, cancellationToken) is not { } round)
        {
            return null;
        }

        var sheet = LedgerExport.LedgerSheet(round.Findings, OfficeTimeZone.Resolve(null));
        using var workbook = new MemoryStream();
        LedgerWorkbookWriter.Write(workbook, [sheet, LedgerExport.SummarySheet(round.Findings)]);
        var file = new FileAttachment(workbook.ToArray(), texts.LedgerFileName(round.Today), FileAttachment.XlsxType)
        {
            Source = new LedgerFileSource(LedgerFileKind.Workbook, round.InspectionId),
        };
        return new LedgerWorkbookFile(file, round.Findings.Count, sheet.Rows.Count);
    }

    /// <summary>
    /// One round's findings read whole, with its announcement day and today in the office's time zone. Null names the
    /// round the turn works in (the conversation's current round, or the one the message named), as every question does.
    /// </summary>
    public async Task<LedgerRoundState?> LoadRoundAsync(int? inspectionId, CancellationToken cancellationToken)
    {
        var inspection = inspectionId is { } id
            ? await ledger.Inspections.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken)
            : await queries.CurrentInspectionAsync(cancellationToken);
        if (inspection is null)
        {
            return null;
        }

        var findings = await ledger.Findings.AsNoTracking().OfRound(inspection.Id, ledger.Inspections).WithDetails().ToListAsync(cancellationToken);
        if (findings.Count == 0)
        {
            return null;
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), OfficeTimeZone.Resolve(null)).DateTime);
        return new LedgerRoundState(inspection.Id, findings, inspection.AnnouncementDate, today);
    }
}

/// <summary>The workbook and what it holds, for the words beside it.</summary>
internal sealed record LedgerWorkbookFile(FileAttachment File, int Findings, int Rows);

internal sealed record LedgerRoundState(int InspectionId, IReadOnlyList<Finding> Findings, DateOnly AnnouncementDate, DateOnly Today);
