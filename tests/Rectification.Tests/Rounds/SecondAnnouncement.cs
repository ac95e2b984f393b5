using Microsoft.Extensions.DependencyInjection;
using Rectification.Domain.Import;
using Rectification.Domain.Storage;
using Rectification.Tests.Import;
using Rectification.Tests.Infrastructure;

namespace Rectification.Tests.Rounds;

/// <summary>
/// A second published announcement of the same shape as the bundled one: an earlier round by another group
/// (市委第三巡察组, fed back 2021-06-10, announced 2022-01-20) with only three findings, the first of which has a title
/// of its own (<see cref="FirstFindingWords"/>), so an answer shows which round it came from. In round order it is
/// round 1; the bundled round (announced later, the current one by default) is round 2.
/// </summary>
internal static class SecondAnnouncement
{
    public const string DocumentName = "announcement-2022-01-20.txt";

    public const string Group = "市委第三巡察组";

    /// <summary>Words only the second announcement's finding 1 has.</summary>
    public const string FirstFindingWords = "试点轮次融资结构不优";

    /// <summary>Words only the bundled announcement's finding 1 has.</summary>
    public const string BundledFirstFindingWords = "促转型融资结构不优";

    public const int Findings = 3;

    /// <summary>The bundled text with another group, period and dates, its first three findings and its closing part.</summary>
    public static string Text()
    {
        var lines = RealAnnouncement.Text.Split('\n');
        var findingsEnd = Array.FindIndex(lines, line => line.StartsWith("4.关于", StringComparison.Ordinal));
        var closingStart = Array.FindIndex(lines, line => line.StartsWith("三、", StringComparison.Ordinal));
        var kept = lines[..findingsEnd].Concat(lines[closingStart..]).ToArray();
        kept[0] = kept[0]
            .Replace("市委第六巡察组", Group, StringComparison.Ordinal)
            .Replace("2023年7月13日至2023年8月31日", "2021年3月1日至2021年4月30日", StringComparison.Ordinal)
            .Replace("2023年10月16日", "2021年6月10日", StringComparison.Ordinal);
        var text = string.Join('\n', kept)
            .Replace(BundledFirstFindingWords, FirstFindingWords, StringComparison.Ordinal)
            .Replace("2024年6月18日", "2022年1月20日", StringComparison.Ordinal);
        return text;
    }

    public static ParsedAnnouncement Parsed() => AnnouncementParser.Parse(Text(), DocumentName);

    /// <summary>Reads the second announcement into the bot's ledger, as the import verb would (idempotent).</summary>
    public static async Task ImportAsync(this BotApplicationFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LedgerDbContext>();
        await new AnnouncementImporter(db).ImportAsync(Parsed());
    }
}
