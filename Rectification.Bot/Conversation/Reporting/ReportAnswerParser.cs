using System.Text.RegularExpressions;
using Rectification.Bot.Conversation.Understanding.Numbers;
using Rectification.Bot.Conversation.Understanding.Text;
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

    /// <summary>"下一步1", "下步2", "next step 1": a next step chosen at the dialog's measure step.</summary>
    public static int? NextStepOrdinal(string text) =>
        NextStepAnswer().Match(Short(text)) is { Success: true } match && ChineseNumeral.TryParse(match.Groups["n"].Value, out var number)
            ? number
            : null;

    /// <summary>
    /// A short answer as the patterns read it: full-width digits and signs (６０％, １４) folded to their plain forms.
    /// Only for answers that are parsed, never for text that is stored as the person wrote it.
    /// </summary>
    private static string Short(string text) => TextNormalizer.Compatible(text).Trim();

    public static bool MeansWholeFinding(string text) => WholeFinding().IsMatch(text.Trim());

    public static bool MeansNewMeasure(string text) => NewMeasure().IsMatch(text.Trim());

    public static bool MeansNone(string text) => None().IsMatch(text.Trim());

    public static bool MeansYes(string text) => Yes().IsMatch(text.Trim());

    public static bool MeansNo(string text) => No().IsMatch(text.Trim());

    /// <summary>
    /// An answer to "any evidence?" (the dialog's step, or evidence added later): a file attached (its name and link),
    /// one link with an optional name around it ("会议纪要 https://…"), or "none" (无, 暂无, none, skip…). Anything else is
    /// not evidence — a sentence is not stored as if it were. Several links are refused one at a time rather than one
    /// kept and the others dropped: an entry holds one piece of evidence, and the others can be added to it later.
    /// </summary>
    /// <param name="file">The attached file as <see cref="EvidenceFiles.EvidenceFilePolicy"/> read it; null when none.</param>
    public static EvidenceReading ReadEvidence(string text, EvidenceReading? file)
    {
        if (file is not null)
        {
            return file;
        }

        var trimmed = text.Trim();
        if (MeansNone(trimmed))
        {
            return EvidenceReading.None;
        }

        var links = Links.Find(trimmed);
        if (links.Count != 1)
        {
            return new EvidenceReading(null, links.Count == 0 ? EvidenceProblem.NotEvidence : EvidenceProblem.SeveralLinks);
        }

        var link = links[0];
        var name = (trimmed[..link.Index] + " " + trimmed[(link.Index + link.Length)..]).Trim(LabelPunctuation);
        return Checked(new Evidence(name.Length == 0 ? null : name, link.Value));
    }

    /// <summary>Evidence written in a form's field: its first link, the rest as the link's name; else the text as a name.</summary>
    public static Evidence? EvidenceWritten(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        if (Links.Find(trimmed) is [var url, ..])
        {
            var rest = trimmed.Remove(url.Index, url.Length).Trim(' ', ':', '：', ',', '，');
            return new Evidence(rest.Length == 0 ? null : rest, url.Value);
        }

        return new Evidence(trimmed, null);
    }

    private static readonly char[] LabelPunctuation = [' ', ':', '：', ',', '，', '、', ';', '；', '-', '—'];

    private static EvidenceReading Checked(Evidence evidence) =>
        evidence.Name?.Length > Domain.Findings.Evidence.MaxNameLength || evidence.Url?.Length > Domain.Findings.Evidence.MaxUrlLength
            ? new EvidenceReading(null, EvidenceProblem.TooLong)
            : new EvidenceReading(evidence, null);

    [GeneratedRegex(@"^(第|item|finding|no\.?|#|问题)?\s*(?<n>" + NumberPatterns.NumeralRun + @")\s*(项|号|个问题)?$", Options)]
    private static partial Regex FindingAnswer();

    [GeneratedRegex(@"^(第|措施|measure|no\.?|#)?\s*(?<n>" + NumberPatterns.NumeralRun + @")\s*(条|项|个|条措施|项措施)?$", Options)]
    private static partial Regex MeasureAnswer();

    [GeneratedRegex(@"^(下一步|下步|next\s*step)\s*(第)?\s*#?\s*(?<n>" + NumberPatterns.NumeralRun + @")\s*(条|项)?$", Options)]
    private static partial Regex NextStepAnswer();

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
}
