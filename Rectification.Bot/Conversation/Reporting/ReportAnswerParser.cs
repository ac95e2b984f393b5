using System.Text.RegularExpressions;
using Rectification.Bot.Channels.BotFramework.Schema;
using Rectification.Bot.Conversation.Understanding.Numbers;
using Rectification.Domain.Findings;
using Rectification.Domain.Numerals;

namespace Rectification.Bot.Conversation.Reporting;

/// <summary>Reads short answers to the progress dialog's questions, in either language. Strict: no guessing.</summary>
internal static partial class ReportAnswerParser
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>"14", "第十四项", "item 14", "#14".</summary>
    public static int? FindingNumber(string text) =>
        FindingAnswer().Match(Short(text)) is { Success: true } match && ChineseNumeral.TryParse(match.Groups["n"].Value, out var number)
            ? number
            : null;

    /// <summary>"3", "第三条", "措施3", "measure 3".</summary>
    public static int? MeasureOrdinal(string text) =>
        MeasureAnswer().Match(Short(text)) is { Success: true } match && ChineseNumeral.TryParse(match.Groups["n"].Value, out var number)
            ? number
            : null;

    /// <summary>
    /// A short answer as the patterns read it: full-width digits and signs (６０％, １４) folded to their plain forms.
    /// Only for answers that are parsed, never for text that is stored as the person wrote it.
    /// </summary>
    private static string Short(string text) => text.Normalize(System.Text.NormalizationForm.FormKC).Trim();

    public static bool MeansWholeFinding(string text) => WholeFinding().IsMatch(text.Trim());

    public static bool MeansNewMeasure(string text) => NewMeasure().IsMatch(text.Trim());

    public static bool MeansNone(string text) => None().IsMatch(text.Trim());

    public static bool MeansYes(string text) => Yes().IsMatch(text.Trim());

    public static bool MeansNo(string text) => No().IsMatch(text.Trim());

    /// <summary>A status word and/or a percentage: "推进中 60%", "60", "completed", "未开始". Null status: not understood.</summary>
    public static (MeasureStatus? Status, int? Percent, bool PercentOutOfRange) Status(string text)
    {
        var trimmed = Short(text).Trim(',', '、', '.', '。', '!');
        int? percent = null;
        if (PercentPart().Match(trimmed) is { Success: true } match)
        {
            if (!ChineseNumeral.TryParse(match.Groups["p"].Value, out var value) || value > 100)
            {
                return (null, null, true);
            }

            percent = value;
            trimmed = trimmed.Remove(match.Index, match.Length).Trim(' ', ',', '，', '、', '.', '。', ';', '；');
        }

        MeasureStatus? status = trimmed.Length == 0 ? null
            : NotStarted().IsMatch(trimmed) ? MeasureStatus.NotStarted
            : InProgress().IsMatch(trimmed) ? MeasureStatus.InProgress
            : Completed().IsMatch(trimmed) ? MeasureStatus.Completed
            : null;
        if ((trimmed.Length > 0 && status is null) || (status == MeasureStatus.NotStarted && percent > 0))
        {
            return (null, null, false); // not understood, or self-contradictory ("未开始 60%"): asked again
        }

        status ??= percent switch
        {
            null => null,
            100 => MeasureStatus.Completed,
            0 => MeasureStatus.NotStarted,
            _ => MeasureStatus.InProgress,
        };
        return (status, status == MeasureStatus.Completed ? 100 : percent, false);
    }

    /// <summary>
    /// An answer to "any evidence?" (the dialog's step, or evidence added later): a file attached (its name and link),
    /// one link with an optional name around it ("会议纪要 https://…"), or "none" (无, 暂无, none, skip…). Anything else is
    /// not evidence — a sentence is not stored as if it were. Several links are refused one at a time rather than one
    /// kept and the others dropped: an entry holds one piece of evidence, and the others can be added to it later.
    /// </summary>
    public static EvidenceReading ReadEvidence(string text, IReadOnlyList<Attachment> attachments)
    {
        ArgumentNullException.ThrowIfNull(attachments);
        if (AttachedFile(attachments) is { } file)
        {
            return Checked(file);
        }

        var trimmed = text.Trim();
        if (MeansNone(trimmed))
        {
            return EvidenceReading.None;
        }

        var links = Url().Matches(trimmed);
        if (links.Count != 1)
        {
            return new EvidenceReading(null, links.Count == 0 ? EvidenceProblem.NotEvidence : EvidenceProblem.SeveralLinks);
        }

        var link = links[0];
        var name = (trimmed[..link.Index] + " " + trimmed[(link.Index + link.Length)..]).Trim(LabelPunctuation);
        return Checked(new Evidence(name.Length == 0 ? null : name, link.Value));
    }

    /// <summary>Evidence from the message: a file attached (its name and link), else a link in the text, else the text as a name.</summary>
    public static Evidence? Evidence(string text, IReadOnlyList<Attachment> attachments)
    {
        if (AttachedFile(attachments) is { } file)
        {
            return file;
        }

        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        if (Url().Match(trimmed) is { Success: true } url)
        {
            var rest = trimmed.Remove(url.Index, url.Length).Trim(' ', ':', '：', ',', '，');
            return new Evidence(rest.Length == 0 ? null : rest, url.Value);
        }

        return new Evidence(trimmed, null);
    }

    private static readonly char[] LabelPunctuation = [' ', ':', '：', ',', '，', '、', ';', '；', '-', '—'];

    private static Evidence? AttachedFile(IReadOnlyList<Attachment> attachments) =>
        attachments.FirstOrDefault(a => a.ContentType != Attachment.AdaptiveCardContentType && (a.ContentUrl is not null || a.Name is not null)) is { } file
            ? new Evidence(file.Name, file.ContentUrl)
            : null;

    private static EvidenceReading Checked(Evidence evidence) =>
        evidence.Name?.Length > Domain.Findings.Evidence.MaxNameLength || evidence.Url?.Length > Domain.Findings.Evidence.MaxUrlLength
            ? new EvidenceReading(null, EvidenceProblem.TooLong)
            : new EvidenceReading(evidence, null);

    [GeneratedRegex(@"^(第|item|finding|no\.?|#|问题)?\s*(?<n>" + NumberPatterns.NumeralRun + @")\s*(项|号|个问题)?$", Options)]
    private static partial Regex FindingAnswer();

    [GeneratedRegex(@"^(第|措施|measure|no\.?|#)?\s*(?<n>" + NumberPatterns.NumeralRun + @")\s*(条|项|个|条措施|项措施)?$", Options)]
    private static partial Regex MeasureAnswer();

    [GeneratedRegex(@"^(整体|整个问题|问题整体|总体|全部|whole|the whole finding|whole finding|the finding as a whole|finding as a whole|overall|the whole item|whole item)$", Options)]
    private static partial Regex WholeFinding();

    [GeneratedRegex(@"^(新措施|新增措施|新的措施|增加措施|new|new measure|a new measure|add a measure)$", Options)]
    private static partial Regex NewMeasure();

    [GeneratedRegex(@"^(无|没有|暂无|暂时没有|还没有|没|没有佐证|没有佐证材料|无佐证|无佐证材料|暂无佐证|暂无佐证材料|没有材料|不需要|不用|跳过|略|none|no|nope|nothing|not yet|skip|no evidence|none yet|n/?a|-)[。.!！]?$", Options)]
    private static partial Regex None();

    [GeneratedRegex(@"^(确认|确定|是|是的|好|好的|保存|提交|对|yes|y|ok|okay|confirm|save|submit|sure)[。.!！]?$", Options)]
    private static partial Regex Yes();

    [GeneratedRegex(@"^(否|不|不是|不对|不保存|no|n|nope|don't save|do not save)[。.!！]?$", Options)]
    private static partial Regex No();

    [GeneratedRegex(@"(?<p>[0-9]{1,4})\s*%?|百分之(?<p>[0-9零一二两三四五六七八九十百]{1,4})", Options)]
    private static partial Regex PercentPart();

    [GeneratedRegex(@"^(未开始|尚未开始|还没开始|没开始|not started|not yet started|notstarted)$", Options)]
    private static partial Regex NotStarted();

    [GeneratedRegex(@"^(推进中|进行中|正在推进|在办|整改中|in progress|inprogress|ongoing|started|under way|underway)$", Options)]
    private static partial Regex InProgress();

    [GeneratedRegex(@"^(已完成|完成|已办结|办结|completed|complete|done|finished)$", Options)]
    private static partial Regex Completed();

    // A link ends at white space or at the Chinese punctuation written right after it (“https://…，会议纪要”).
    [GeneratedRegex(@"https?://[^\s，。；、！？）」》]+(?<![.,;:!?)])", Options)]
    private static partial Regex Url();
}
