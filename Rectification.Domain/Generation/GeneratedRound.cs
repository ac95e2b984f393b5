using Rectification.Domain.Findings;
using Rectification.Domain.Import;
using Rectification.Domain.Inspections;

namespace Rectification.Domain.Generation;

/// <summary>
/// One generated inspection round, built through the aggregate's own methods so every status, percentage and
/// before/after pair obeys the ledger's rules. Rounds are a month apart; the newest was announced
/// <see cref="CurrentRoundAgeDays"/> days before today, so its history fills the recent weeks a digest reports on.
/// The older a round, the more of its findings are signed off.
/// </summary>
internal sealed class GeneratedRound(GeneratedTexts texts, Random random, LedgerGenerationOptions options, DateTime nowUtc)
{
    public const int CurrentRoundAgeDays = 120;
    private const int DaysBetweenRounds = 30;
    private const int HistoryDays = 365;

    private static readonly ProgressAuthor Publisher = ProgressAuthor.Announcement("武汉市委金融办");
    private static readonly ProgressAuthor Administrator = new("gen-admin", "管理员", ProgressSource.Administration);

    /// <param name="age">0 for the newest round, 1 for the one before, …</param>
    /// <param name="label">Distinguishes the round from every other one in the ledger.</param>
    public Inspection NewInspection(int age, int label)
    {
        var announced = Today.AddDays(-CurrentRoundAgeDays - (DaysBetweenRounds * age));
        var feedback = announced.AddDays(-180);
        return new Inspection(
            $"市委第{(label % 9) + 1}巡察组",
            $"{GeneratedTexts.Departments[label % GeneratedTexts.Departments.Count]}（生成数据·第{label}轮）",
            feedback.AddDays(-90), feedback.AddDays(-45), feedback, announced);
    }

    /// <summary>
    /// The round's findings, each made when asked for, so a round of 100,000 is written without ever being held
    /// whole. They are created beside the round rather than through <see cref="Inspection.AddFinding"/>, whose
    /// duplicate check scans every finding already added (quadratic at this size); numbers are unique by construction.
    /// </summary>
    public IEnumerable<Finding> Findings(Inspection inspection)
    {
        var announced = inspection.AnnouncementDate;
        var startUtc = AnnouncementImporter.AnnouncedAtUtc(announced);
        var endUtc = Min(nowUtc, startUtc.AddDays(HistoryDays));
        var signedOffShare = Math.Min(0.95, 0.15 + (0.8 * (Today.DayNumber - announced.DayNumber) / (2.0 * HistoryDays)));
        for (var number = Finding.FirstNumber; number < Finding.FirstNumber + options.Findings; number++)
        {
            var target = random.NextDouble() switch
            {
                var r when r < signedOffShare => FindingStatus.SignedOff,
                var r when r < signedOffShare + ((1 - signedOffShare) / 2) => FindingStatus.Completed,
                _ => FindingStatus.InProgress,
            };
            var finding = new Finding(inspection, number, Title());
            new GeneratedHistory(finding, texts, random, options).Write(target, announced, startUtc, Instants(startUtc, endUtc), Publisher, Administrator);
            yield return finding;
        }
    }

    private DateOnly Today => DateOnly.FromDateTime(nowUtc);

    private string Title()
    {
        var clauses = texts.TitleClauses;
        var first = random.Next(clauses.Count);
        var second = random.Next(clauses.Count);
        return first == second ? clauses[first] : $"{clauses[first]}，{clauses[second]}";
    }

    /// <summary>The instants of the entries after the Announced one, oldest first.</summary>
    private DateTime[] Instants(DateTime startUtc, DateTime endUtc)
    {
        var span = (endUtc - startUtc).Ticks;
        var instants = new DateTime[options.Progress - 1];
        for (var i = 0; i < instants.Length; i++)
        {
            // Whole seconds after the announcement, never on it: the Announced entry stays the first.
            var seconds = 1 + (long)(random.NextDouble() * ((span / TimeSpan.TicksPerSecond) - 1));
            instants[i] = startUtc.AddSeconds(seconds);
        }

        Array.Sort(instants);
        return instants;
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
