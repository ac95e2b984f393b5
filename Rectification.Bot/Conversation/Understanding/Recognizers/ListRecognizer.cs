using System.Text.RegularExpressions;
using Rectification.Bot.Conversation.Understanding.Intents;

namespace Rectification.Bot.Conversation.Understanding.Recognizers;

/// <summary>
/// Questions about the findings as a group: "show open items", "which findings are completed?", "/list open",
/// 列出未完成的问题, 已完成的问题有哪些, 整改进展, 哪些可以销号了, "ready for sign-off". The filter comes from the words that
/// name a state: awaiting sign-off first (待销号 and "pending sign-off" contain the sign-off and open words), then
/// open (未完成 and "not completed" contain the completed words), then signed off, then completed.
/// </summary>
public sealed partial class ListRecognizer : IIntentRecognizer
{
    private const RegexOptions Options =
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    public string Name => "list findings";

    public Intent? Recognize(Utterance utterance, RecognitionContext context)
    {
        var text = utterance.Core;
        if (!SlashList().IsMatch(text) && !EnglishList().IsMatch(text) && !ChineseList().IsMatch(text)
            && !AwaitingSignOffWords().IsMatch(text) && !SignedOffWords().IsMatch(text))
        {
            return null;
        }

        return new ListFindingsIntent(
            AwaitingSignOffWords().IsMatch(text) ? FindingListFilter.AwaitingSignOff
            : OpenWords().IsMatch(text) ? FindingListFilter.Open
            : SignedOffWords().IsMatch(text) ? FindingListFilter.SignedOff
            : CompletedWords().IsMatch(text) ? FindingListFilter.Completed
            : FindingListFilter.All);
    }

    // The argument must name a state: "/status 金融发展促进中心" is a keyword question, "/status 14" a status one.
    [GeneratedRegex(@"^/(list|all|status|open|completed|done)(\s+(all|open|completed|done|closed|未完成|已完成|全部))?$", Options)]
    private static partial Regex SlashList();

    // The gap between "which" and "items" is bounded so a long pasted text cannot make the match quadratic.
    [GeneratedRegex(@"\b(list|show|display|which|what|any)\b.{0,60}\b(items|findings|issues|problems|ones)\b|\b(all|open|outstanding|pending|unfinished|remaining|completed|finished|closed|done|resolved)\s+(items|findings|issues|problems)\b|\b(items|findings|issues|problems)\s+(are\s+|that\s+are\s+)?(still\s+)?(open|outstanding|pending|unfinished|completed|finished|closed|done|resolved|not\s+(yet\s+)?(done|completed|finished))\b|\bwhat('s|\s+is)\s+(still\s+)?(open|outstanding|pending|left|done|completed)\b|^(list|overview|summary|status|progress|dashboard|open|completed)$", Options)]
    private static partial Regex EnglishList();

    [GeneratedRegex(@"列出|列一下|^(请|麻烦)?(给我|发我)?(看看|看一下|看下|查看|显示|发)?(一下)?(所有|全部)?的?(问题|事项|整改事项|整改|巡察整改)?的?(列表|清单|一览|总览|汇总|概况|概览)表?(吧|呢|一下)?$|(所有|全部|哪些|哪几个|哪几项)的?(问题|事项|整改事项)|(问题|事项)(还)?有哪些|(未完成|没完成|没有完成|未整改|未销号|进行中|整改中|已完成|已整改|已销号|已办结|完成了)的?(问题|事项|整改事项|有哪些)|^(整改进展|总体进展|整体进展|进展|总体情况|整体情况|未完成|已完成|进行中|推进中|整改中)$|^(哪些|什么)(问题|事项)?(还)?(没|没有|未)完成", Options)]
    private static partial Regex ChineseList();

    // A state of sign-off names a list even without "items" or 问题: 哪些可以销号了, "ready for sign-off", "signed off?".
    [GeneratedRegex(@"待销号|可以销号|可销号|能销号|等待销号|已完成未销号|\b(awaiting|ready\s+(for|to\s+be|to)|pending|due\s+for|waiting\s+for)\s+(a\s+)?sign(ing|ed)?[\s-]?off\b|\b(can|could|may)\s+(now\s+)?be\s+signed[\s-]?off\b", Options)]
    private static partial Regex AwaitingSignOffWords();

    [GeneratedRegex(@"(?<![未没])(已经?|完成)?销号了?的|已经?销号|(?<!not\s(yet\s)?)\bsigned[\s-]?off\b", Options)]
    private static partial Regex SignedOffWords();

    [GeneratedRegex(@"未完成|没完成|没有完成|还没|尚未|未整改|未销号|进行中|推进中|整改中|\bopen\b|outstanding|pending|unfinished|in\s+progress|remaining|\bleft\b|\bnot\s+(yet\s+)?(done|completed|finished|closed|resolved)", Options)]
    private static partial Regex OpenWords();

    [GeneratedRegex(@"已完成|完成了|已整改|已销号|已办结|办结|整改完毕|completed|finished|\bdone\b|closed|resolved", Options)]
    private static partial Regex CompletedWords();
}
