using System.Text.RegularExpressions;
using Rectification.Bot.Conversation.Understanding.Intents;
using Rectification.Domain.Supervision;

namespace Rectification.Bot.Conversation.Understanding.Recognizers;

/// <summary>
/// Questions about the supervision ladder (三色督办), English and Chinese side by side: 督办清单 / "overdue list",
/// 哪些问题逾期了 / "which items are overdue", 红色督办的问题, 即将到期的问题 / "what is due soon", 3个工作日内到期的问题 /
/// "due within 5 working days" (that one is <see cref="DueWithinRecognizer"/>'s, placed before finding numbers). Each
/// phrase is a question (a question word, a list word, or the whole message), so a
/// progress description that mentions 逾期 ("因审批延误逾期两周，现已完成") stays a description. Placed before the list
/// recognizer, whose "which … items" would otherwise take "which items are overdue" for a list of everything.
/// The most specific reading wins: a colour, then overdue, then due soon, then the whole list.
/// </summary>
public sealed partial class SupervisionRecognizer : IIntentRecognizer
{
    private const RegexOptions Options =
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    public string Name => "supervision list";

    public Intent? Recognize(Utterance utterance, RecognitionContext context)
    {
        var text = utterance.Core;
        if (Colour().Match(text) is { Success: true } colour)
        {
            return new SupervisionListIntent(ColourFilter(colour));
        }

        return Overdue().IsMatch(text) ? new SupervisionListIntent(SupervisionFilter.Overdue)
            : DueSoon().IsMatch(text) ? new SupervisionListIntent(SupervisionFilter.Blue)
            : Ladder().IsMatch(text) ? new SupervisionListIntent(SupervisionFilter.Ladder)
            : null;
    }

    private static SupervisionFilter ColourFilter(Match colour) =>
        colour.Groups["red"].Success ? SupervisionFilter.Red
        : colour.Groups["yellow"].Success ? SupervisionFilter.Yellow
        : SupervisionFilter.Blue;

    // 红色督办的问题, 哪些是黄色督办, 蓝色督办清单, "red items", "which items are red", "show the yellow list".
    [GeneratedRegex(@"((?<red>红)|(?<yellow>黄)|(?<blue>蓝))(色|牌)?督办|^((list|show)\s+(me\s+)?(the\s+)?)?((?<red>red)|(?<yellow>yellow)|(?<blue>blue))\s+(items|findings|list|ones)$|\b(which|what)\s+(items|findings|ones)\s+are\s+((?<red>red)|(?<yellow>yellow)|(?<blue>blue))\b", Options)]
    private static partial Regex Colour();

    // 哪些问题逾期了, 有哪些逾期的问题, 逾期的问题有哪些, 逾期事项, 有没有超期的, "which items are overdue", "what's overdue",
    // "overdue items", "anything overdue?", "list items past their deadline". The gaps are bounded so a long text stays linear.
    [GeneratedRegex(@"(哪些|哪几项|哪几个|哪几条|什么|啥|多少|几个|几项|几条|有没有|有无|是否有)(问题|事项|整改事项|工作)?(已经?|还|都)?(逾期|超期|超过时限|过了时限|超时限|过期)|^(请)?(列出|查看|看看|看一下|显示|给我看看)?(所有|全部)?(已经?)?(逾期|超期)(未完成|未整改)?的?(问题|事项|整改事项)?(有哪些|都有哪些|是哪些|清单|列表|一览|有几项|有多少|呢)?$|(逾期|超期)的?(问题|事项)?(吗|么|没有)$|\b(which|what|any|list|show|display)\b.{0,40}\b(overdue|past\s+(the(ir)?\s+|its\s+)?(deadline|due\s+date)s?)\b|\boverdue\s+(items|findings|issues|problems|ones|tasks)\b|^(anything|something)\s+overdue$|^/?overdue$|\b(is|are)\s+(anything|any\s+(items?|findings?|of\s+them))\s+overdue\b|\bwhat('s|\s+is)\s+overdue\b", Options)]
    private static partial Regex Overdue();

    // 即将到期的问题, 哪些问题快到期了, "what is due soon", "items due soon".
    [GeneratedRegex(@"(哪些|哪几项|什么|有没有)(问题|事项)?(即将|快要?|马上|就要)到期|^(即将|快要?|马上)到期的?(问题|事项)?(有哪些|清单|列表)?$|\b(which|what|any|list|show)\b.{0,40}\bdue\s+soon\b|\b(items|findings)\s+due\s+soon\b|^due\s+soon$", Options)]
    private static partial Regex DueSoon();

    // 督办清单, 三色督办, 督办情况, "overdue list", "supervision list", "escalation list", "/supervision".
    [GeneratedRegex(@"^(请)?(给我|发我)?(看看|看一下|查看|显示|列出|发)?(一下)?(三色)?督办(清单|名单|事项|情况|列表|一览)?(吧|呢|一下)?$|督办清单|三色督办|^/supervision$|\b(overdue|supervision|escalation)\s+list\b", Options)]
    private static partial Regex Ladder();
}
