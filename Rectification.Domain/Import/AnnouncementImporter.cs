using Microsoft.EntityFrameworkCore;
using Rectification.Domain.Findings;
using Rectification.Domain.Inspections;
using Rectification.Domain.Storage;

namespace Rectification.Domain.Import;

/// <summary>
/// Seeds the ledger from an announcement, idempotently: the inspection is identified by group, inspected
/// organisation and feedback date; a finding that exists (same number) keeps its status, measures, next steps and
/// history as staff have since reported them, and only missing findings are added. A later announcement of an
/// inspection already read (a later announcement date) also updates the existing findings' measures, each change a
/// new history entry of the announcement's, never over what people reported (<see cref="Finding.ApplyLaterAnnouncement"/>).
/// Everything is written by one SaveChanges, i.e. one transaction: an import writes all of it or nothing.
/// </summary>
public sealed class AnnouncementImporter(LedgerDbContext db)
{
    /// <summary>Parses first, so a malformed document throws <see cref="AnnouncementFormatException"/> before any write.</summary>
    public async Task<ImportResult> ImportAsync(string text, string documentName, CancellationToken cancellationToken = default)
    {
        var announcement = AnnouncementParser.Parse(text, documentName);
        return await ImportAsync(announcement, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ImportResult> ImportBundledAsync(CancellationToken cancellationToken = default)
    {
        var announcement = BundledAnnouncement.Parse();
        return await ImportAsync(announcement, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ImportResult> ImportAsync(ParsedAnnouncement announcement, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(announcement);

        // One SaveChanges must carry the import alone; unrelated pending edits would ride along in its transaction.
        if (db.ChangeTracker.HasChanges())
        {
            throw new InvalidOperationException("The context has unsaved changes; import the announcement with a fresh context.");
        }

        var existing = await FindInspectionAsync(announcement.Inspection, cancellationToken).ConfigureAwait(false);
        var inspection = existing ?? AddInspection(announcement.Inspection);
        var later = existing?.AdvanceAnnouncement(announcement.Inspection.AnnouncementDate) ?? false;
        if (later)
        {
            // Only a later announcement reads the findings' measures and history: a restart's re-check of the bundled one need not.
            await db.Entry(existing!).Collection(i => i.Findings).Query()
                .Include(f => f.Measures).Include(f => f.NextSteps).Include(f => f.History).AsSplitQuery().LoadAsync(cancellationToken).ConfigureAwait(false);
        }

        var tally = SeedMissingFindings(inspection, announcement, later);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // Leave the context as clean as the database: nothing of this import was written.
            db.ChangeTracker.Clear();
            throw;
        }

        return tally.ToResult(inspection.Id, inspectionCreated: existing is null, later);
    }

    /// <summary>
    /// The Announced entry is dated at 00:00 UTC of the announcement date, which falls on that same calendar day in
    /// UTC and in China (08:00), wherever the date is displayed.
    /// </summary>
    public static DateTime AnnouncedAtUtc(DateOnly announcementDate) =>
        announcementDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    private Task<Inspection?> FindInspectionAsync(ParsedInspection parsed, CancellationToken cancellationToken) =>
        db.Inspections
            .Include(i => i.Findings)
            .SingleOrDefaultAsync(
                i => i.InspectionGroup == parsed.InspectionGroup
                    && i.InspectedOrganization == parsed.InspectedOrganization
                    && i.FeedbackDate == parsed.FeedbackDate,
                cancellationToken);

    private Inspection AddInspection(ParsedInspection parsed)
    {
        var inspection = new Inspection(
            parsed.InspectionGroup,
            parsed.InspectedOrganization,
            parsed.PeriodStart,
            parsed.PeriodEnd,
            parsed.FeedbackDate,
            parsed.AnnouncementDate);
        db.Inspections.Add(inspection);
        return inspection;
    }

    private static ImportTally SeedMissingFindings(Inspection inspection, ParsedAnnouncement announcement, bool later)
    {
        var tally = new ImportTally();
        var publisher = ProgressAuthor.Announcement(announcement.Publisher);
        var announcementDate = announcement.Inspection.AnnouncementDate;
        foreach (var parsed in announcement.Findings)
        {
            if (inspection.Findings.FirstOrDefault(f => f.Number == parsed.Number) is { } finding)
            {
                tally.Skip();
                if (later)
                {
                    UpdateFromLaterAnnouncement(finding, parsed, publisher, AnnouncedAtUtc(announcementDate), tally);
                }

                continue;
            }

            SeedFinding(inspection, parsed, publisher, announcementDate);
            tally.Count(parsed);
        }

        return tally;
    }

    private static void UpdateFromLaterAnnouncement(Finding finding, ParsedFinding parsed, ProgressAuthor publisher, DateTime announcedAtUtc, ImportTally tally)
    {
        foreach (var measure in parsed.Measures)
        {
            if (finding.ApplyLaterAnnouncement(measure.Ordinal, measure.Text, measure.Status, publisher, announcedAtUtc) is not null)
            {
                tally.Update();
            }
        }
    }

    private static void SeedFinding(Inspection inspection, ParsedFinding parsed, ProgressAuthor publisher, DateOnly announcementDate)
    {
        var finding = inspection.AddFinding(parsed.Number, parsed.Title);
        foreach (var measure in parsed.Measures)
        {
            finding.AddMeasure(measure.Text, measure.Status);
        }

        foreach (var step in parsed.NextSteps)
        {
            finding.AddNextStep(step);
        }

        finding.ApplyAnnouncementStatus();
        finding.RecordAnnounced(publisher, AnnouncedAtUtc(announcementDate), AnnouncedSummary.Describe(finding, announcementDate));
    }
}
