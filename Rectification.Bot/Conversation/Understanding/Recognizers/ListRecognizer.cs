using System.Text.RegularExpressions;
using Rectification.Bot.Conversation.Understanding.Intents;

namespace Rectification.Bot.Conversation.Understanding.Recognizers;

/// <summary>
/// Questions about the findings as a group: "show open items", "which findings are completed?", "/list open",
/// 列出未完成的问题, 已完成的问题有哪些, 整改进展. The filter comes from the words that name a state; "open" words are tried
/// first because "not completed" and 未完成 contain the "completed" words.
/// </summary>
public sealed partial class ListRecognizer : IIntentRecognizer
{
    private const RegexOptions Options =
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    public string Name => "list findings";

    public Intent? Recognize(Utterance utterance, RecognitionContext context)
    {
        var text = utterance.Core;
        if (!SlashList().IsMatch(text) && !EnglishList().IsMatch(text) && !ChineseList().IsMatch(text))
        {
            return null;
        }

        return new ListFindingsIntent(
            OpenWords().IsMatch(text) ? FindingListFilter.Open
            : CompletedWords().IsMatch(text) ? FindingListFilter.Completed
            : FindingListFilter.All);
    }

    // The argument must name a state: "/status 金融发展促进中心" is a keyword question, "/status 14" a status one.
    [GeneratedRegex(@"^/(list|all|status|open|completed|done)(\s+(all|open|completed|done|closed|未完成|已完成|全部))?$", Options)]
    private static partial Regex SlashList();

    // The gap between "which" and "items" is bounded so a long pasted text cannot make the match quadratic.
    [GeneratedRegex(@"\b(list|show|display|which|what|any)\b.{0,60}\b(items|findings|issues|problems|ones)\b|\b(all|open|outstanding|pending|unfinished|remaining|completed|finished|closed|done|resolved)\s+(items|findings|issues|problems)\b|\b(items|findings|issues|problems)\s+(are\s+|that\s+are\s+)?(still\s+)?(open|outstanding|pending|unfinished|completed|finished|closed|done|resolved|not\s+(yet\s+)?(done|completed|finished))\b|\bwhat('s|\s+is)\s+(still\s+)?(open|outstanding|pending|left|done|completed)\b|^(list|overview|summary|status|progress|dashboard|open|completed)$", Options)]
    private static partial Regex EnglishList();

    [GeneratedRegex(@"列出|列一下|列表|清单|一览|总览|汇总|概况|概览|(所有|全部|哪些|哪几个|哪几项)的?(问题|事项|整改事项)|(问题|事项)(还)?有哪些|(未完成|没完成|没有完成|未整改|未销号|进行中|整改中|已完成|已整改|已销号|已办结|完成了)的?(问题|事项|整改事项|有哪些)|^(整改进展|总体进展|整体进展|进展|总体情况|整体情况|未完成|已完成|进行中)$|^(哪些|什么)(问题|事项)?(还)?(没|没有|未)完成", Options)]
    private static partial Regex ChineseList();

    [GeneratedRegex(@"未完成|没完成|没有完成|还没|尚未|未整改|未销号|进行中|整改中|\bopen\b|outstanding|pending|unfinished|in\s+progress|remaining|\bleft\b|\bnot\s+(yet\s+)?(done|completed|finished|closed|resolved)", Options)]
    private static partial Regex OpenWords();

    [GeneratedRegex(@"已完成|完成了|已整改|已销号|已办结|办结|整改完毕|completed|finished|\bdone\b|closed|resolved", Options)]
    private static partial Regex CompletedWords();
}
