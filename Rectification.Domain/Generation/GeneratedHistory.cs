using Rectification.Domain.Findings;
using Rectification.Domain.Import;

namespace Rectification.Domain.Generation;

/// <summary>
/// The measures, next steps and history of one generated finding: announced, assigned, then reported on until it
/// reaches the status drawn for it — in progress (sometimes after a sign-off and a reopening), completed, or
/// signed off. The history has exactly as many entries as <see cref="LedgerGenerationOptions.Progress"/> asks.
/// </summary>
internal sealed class GeneratedHistory(Finding finding, GeneratedTexts texts, Random random, LedgerGenerationOptions options)
{
    private const double ReopenedShare = 0.1;
    private const double EvidenceShare = 0.15;
    private const double NoDeadlineShare = 0.05;

    private static readonly ProgressAuthor[] Reporters = GeneratedTexts.Reporters
        .Select((name, i) => new ProgressAuthor($"gen-staff-{i + 1}", name, ProgressSource.Chat, "msteams")).ToArray();

    private static readonly ProgressAuthor[] Leaders = GeneratedTexts.Leaders
        .Select((name, i) => new ProgressAuthor($"gen-leader-{i + 1}", name, ProgressSource.Chat, "msteams")).ToArray();

    private readonly Queue<DateTime> _instants = new();

    /// <param name="instants">One per entry after the Announced one, oldest first.</param>
    public void Write(FindingStatus target, DateOnly announced, DateTime announcedAtUtc, IReadOnlyList<DateTime> instants, ProgressAuthor publisher, ProgressAuthor administrator)
    {
        foreach (var instant in instants)
        {
            _instants.Enqueue(instant);
        }

        // The first entry after the announcement assigns the finding; the rest report on it.
        var reports = Math.Max(0, instants.Count - 1);
        var reopened = target == FindingStatus.InProgress && options.Measures > 0 && reports >= 3 && random.NextDouble() < ReopenedShare;
        var tail = reopened ? 3 : target == FindingStatus.SignedOff ? 1 : 0;
        if (reports < tail)
        {
            target = FindingStatus.Completed;
            tail = 0;
        }

        var open = OpenMeasures(target, reopened, reports - tail);
        AddMeasures(open);
        if (target == FindingStatus.InProgress && !reopened)
        {
            AddNextSteps(options.Measures == 0 ? 1 : random.Next(1, 3));
        }

        finding.ApplyAnnouncementStatus();
        finding.RecordAnnounced(publisher, announcedAtUtc, AnnouncedSummary.Describe(finding, announced));
        Assign(announced, administrator);

        var completions = target == FindingStatus.InProgress && !reopened ? 0 : open.Count;
        for (var i = reports - tail - completions; i > 0; i--)
        {
            ReportPartly(keepOneOpen: target == FindingStatus.InProgress && !reopened);
        }

        foreach (var ordinal in open.Take(completions))
        {
            finding.RecordMeasureProgress(ordinal, MeasureStatus.Completed, 100, Phrase() + "，已完成", Reporter(), Next(), SomeEvidence());
        }

        if (tail > 0)
        {
            SignOffWithEvidence();
        }

        if (reopened)
        {
            finding.Reopen(Leader(), Next(), Pick(GeneratedTexts.ReopenReasons));
            finding.RecordMeasureProgress(random.Next(1, options.Measures + 1), MeasureStatus.InProgress, 80, Phrase() + "，重新整改", Reporter(), Next(), SomeEvidence());
        }
    }

    /// <summary>
    /// Sign-off needs evidence on every completed measure. Generated reports carry it only sometimes, so the leader
    /// signs off with the reason the material is filed on paper — no extra entry, instant or random draw, so the rest
    /// of the history and its counts stay as they were.
    /// </summary>
    private void SignOffWithEvidence() =>
        finding.SignOff(Leader(), Next(), withoutEvidenceReason: finding.CompletedWorkWithoutEvidence().Count == 0 ? null : GeneratedTexts.SignOffWithoutEvidenceReason);

    /// <summary>The ordinals of the measures still open at the announcement, as many as the reports can complete.</summary>
    private List<int> OpenMeasures(FindingStatus target, bool reopened, int reportsBeforeTail)
    {
        if (options.Measures == 0)
        {
            return [];
        }

        var count = target == FindingStatus.InProgress && !reopened
            ? random.Next(1, options.Measures + 1)
            : random.Next(0, Math.Min(options.Measures, reportsBeforeTail) + 1);
        return Enumerable.Range(1, options.Measures).OrderBy(_ => random.Next()).Take(count).ToList();
    }

    private void AddMeasures(List<int> open)
    {
        var sentences = texts.MeasureSentences;
        for (var ordinal = 1; ordinal <= options.Measures; ordinal++)
        {
            var text = Pick(sentences) + "。" + (random.Next(2) == 0 ? Pick(sentences) + "。" : string.Empty);
            var status = !open.Contains(ordinal) ? MeasureStatus.Completed : random.Next(5) < 3 ? MeasureStatus.InProgress : MeasureStatus.NotStarted;
            finding.AddMeasure(text.Length <= Measure.MaxTextLength ? text : text[..Measure.MaxTextLength], status);
        }
    }

    private void AddNextSteps(int count)
    {
        for (var i = 0; i < count; i++)
        {
            finding.AddNextStep(Pick(texts.NextSteps) + "。");
        }
    }

    private void Assign(DateOnly announced, ProgressAuthor administrator)
    {
        var deadline = random.NextDouble() < NoDeadlineShare ? null : Deadline.On(announced.AddDays(random.Next(60, 400)));
        var department = Pick(GeneratedTexts.Departments);
        var leader = Pick(GeneratedTexts.Leaders);
        var category = Pick(GeneratedTexts.Categories);
        if (_instants.Count == 0)
        {
            finding.Assign(department, leader, deadline, category);
            return;
        }

        finding.AssignResponsibility(department, leader, deadline, administrator, Next(), category);
    }

    /// <summary>Progress on an open measure short of completing the finding; on the whole finding when none is open.</summary>
    private void ReportPartly(bool keepOneOpen)
    {
        var open = finding.OpenMeasureOrdinals();
        if (open.Count == 0)
        {
            finding.RecordFindingProgress(Phrase(), Reporter(), Next(), SomeEvidence());
            return;
        }

        var measure = finding.FindMeasure(open[random.Next(open.Count)])!;
        if (keepOneOpen && open.Count > 1 && random.Next(5) == 0)
        {
            finding.RecordMeasureProgress(measure.Ordinal, MeasureStatus.Completed, 100, Phrase() + "，已完成", Reporter(), Next(), SomeEvidence());
            return;
        }

        var percent = Math.Min(95, (measure.PercentComplete ?? 0) + random.Next(10, 40));
        finding.RecordMeasureProgress(measure.Ordinal, MeasureStatus.InProgress, percent, $"{Phrase()}，完成{percent}%", Reporter(), Next(), SomeEvidence());
    }

    private Evidence? SomeEvidence() => random.NextDouble() < EvidenceShare ? new Evidence("整改佐证材料.pdf", null) : null;

    private DateTime Next() => _instants.Dequeue();

    private string Phrase() => Pick(GeneratedTexts.ProgressPhrases);

    private ProgressAuthor Reporter() => Reporters[random.Next(Reporters.Length)];

    private ProgressAuthor Leader() => Leaders[random.Next(Leaders.Length)];

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
