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

    /// <summary>Evidence from the message: a file attached (its name and link), else a link in the text, else the text as a name.</summary>
    public static Evidence? Evidence(string text, IReadOnlyList<Attachment> attachments)
    {
        var file = attachments.FirstOrDefault(a => a.ContentType != Attachment.AdaptiveCardContentType && (a.ContentUrl is not null || a.Name is not null));
        if (file is not null)
        {
            return new Evidence(file.Name, file.ContentUrl);
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

    [GeneratedRegex(@"^(第|item|finding|no\.?|#|问题)?\s*(?<n>" + NumberPatterns.NumeralRun + @")\s*(项|号|个问题)?$", Options)]
    private static partial Regex FindingAnswer();

    [GeneratedRegex(@"^(第|措施|measure|no\.?|#)?\s*(?<n>" + NumberPatterns.NumeralRun + @")\s*(条|项|个|条措施|项措施)?$", Options)]
    private static partial Regex MeasureAnswer();

    [GeneratedRegex(@"^(整体|整个问题|问题整体|总体|全部|whole|the whole finding|whole finding|the finding as a whole|finding as a whole|overall|the whole item|whole item)$", Options)]
    private static partial Regex WholeFinding();

    [GeneratedRegex(@"^(新措施|新增措施|新的措施|增加措施|new|new measure|a new measure|add a measure)$", Options)]
    private static partial Regex NewMeasure();

    [GeneratedRegex(@"^(无|没有|不需要|跳过|略|none|no|skip|no evidence|n/?a|-)$", Options)]
    private static partial Regex None();

    [GeneratedRegex(@"^(确认|确定|是|是的|好|好的|保存|提交|对|yes|y|ok|okay|confirm|save|submit|sure)[。.!！]?$", Options)]
    private static partial Regex Yes();

    [GeneratedRegex(@"^(否|不|不是|不对|不保存|no|n|nope|don't save|do not save)[。.!！]?$", Options)]
    private static partial Regex No();

    [GeneratedRegex(@"https?://\S+", Options)]
    private static partial Regex Url();
}
