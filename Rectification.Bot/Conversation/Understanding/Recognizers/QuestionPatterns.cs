using System.Text.RegularExpressions;

namespace Rectification.Bot.Conversation.Understanding.Recognizers;

/// <summary>
/// The everyday questions people ask about their own work and the round as a whole, English and Chinese side by
/// side: their to-do, their department's findings, the overall progress and this week's changes. A phrase that
/// could also be part of a report (我的任务, 我们处的工作, 整体进展, "overall") counts only as the whole message or
/// with a question word, so "我们处的工作已经完成" stays a description when the progress dialog asks for one.
/// </summary>
public static partial class QuestionPatterns
{
    private const RegexOptions Options =
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    [GeneratedRegex(@"^(查看|看看|列出)?我的(待办|待办事项|任务|工作清单)(有哪些|清单|列表|呢)?$|^(待办|待办事项|待办清单)$|我(这边|负责的|们处)?(还|仍然?)?(有|剩下?)?(哪些|什么|啥|哪几项|几项)(事|事情|工作|任务|问题|事项)?(还)?(没|没有|未)(做完|完成|办完|办|做|整改完|落实)|我(这边)?还(要|需要|得|应该)(做|办|干)(些)?(什么|哪些|啥)|我(还)?有(什么|哪些|啥)(事|工作|任务)?(要|需要|得)(做|办)|我(这边)?还(剩|差)(哪些|什么|几项)|^(show\s+(me\s+)?|list\s+|what('s|\s+is|\s+are)\s+)?my\s+(to-?\s?dos?|todo|tasks|open\s+(items|tasks|findings)|pending\s+(items|tasks)|outstanding\s+(items|tasks|findings))(\s+list)?(\s+please|\s+pls)?$|\bwhat\s+(do|must)\s+i\s+(still\s+)?((need|have)\s+to\s+)?do\b|\bwhat('s|\s+is)\s+(still\s+)?(left\s+for\s+me|on\s+my\s+plate)|\bwhat\s+(have\s+)?i\s+(still\s+)?(got\s+)?to\s+do\b|\bwhat\s+(else\s+)?(do\s+)?i\s+(still\s+)?need\s+to\s+(do|finish)\b", Options)]
    public static partial Regex MyToDo();

    [GeneratedRegex(@"我(所)?负责的?(是|有)?(哪几项|哪些|哪几个|什么|啥|哪一些)|我(负责|分管|承担)了?(哪几项|哪些|哪几个|什么)|^我(负责)?的(问题|事项|整改事项|整改任务)(有哪些|是哪些|清单|列表)?$|^(请)?(列出|看看|查看|查一下|显示)?(我们|咱们|我|本|俺们)(处|部门|处室|科室|单位|这边)(负责)?的?(问题|事项|整改事项|整改任务|任务|工作)(有哪些|都有哪些|是哪些|清单|列表|有几项|呢)?$|(我们|咱们)(处|部门|处室)(负责|有)(哪些|哪几项|什么|几项)|^(show\s+(me\s+)?|list\s+)?my\s+(items|findings|issues)(\s+please|\s+pls)?$|\bwhat\s+(am\s+i|are\s+we)\s+responsible\s+for\b|\bwhich\s+(items|findings|ones)\s+(am\s+i|are\s+we)\s+responsible\s+for\b|^(show\s+(me\s+)?|list\s+)?(items|findings)\s+(assigned\s+to|for)\s+(me|us|my\s+department|our\s+department)$|^(show\s+(me\s+)?|list\s+)?(our|my)\s+(department|dept|division|team|office)('s)?\s+(items|findings|issues|problems)$|^(show\s+(me\s+)?|list\s+)?(items|findings|issues)\s+(of|for)\s+(our|my)\s+(department|dept|division|team)$", Options)]
    public static partial Regex OwnDepartment();

    /// <summary>A department named by its Chinese name ending in 处: 科技金融处的问题, 列出综合处的事项. Whole message only.</summary>
    [GeneratedRegex(@"^(请)?(列出|列一下|查看|看看|看一下|显示|查询|查一下|查)?(?<department>\p{IsCJKUnifiedIdeographs}{1,10}处)(室)?(负责)?的?(问题|事项|整改事项|整改任务)(有哪些|都有哪些|是哪些|清单|列表|有几项)?$", Options)]
    public static partial Regex NamedDepartment();

    /// <summary>The asker's own department said as a department name: 我们处, 本处.</summary>
    [GeneratedRegex(@"^(我们|咱们|我|本|俺们|我们这|此)处$", Options)]
    public static partial Regex OwnDepartmentName();

    [GeneratedRegex(@"(整体|总体|全局|总的|整个|全部)的?(情况|进展|进度|完成情况|状况|形势)?(怎么样|如何|咋样|怎样)|^(现在|目前)?(整改)?(的)?(整体|总体|全局)的?(情况|进展|进度|完成情况|状况)$|一共(有)?多少(项|个|条)|总共(有)?多少(项|个)|完成了(几|多少)(项|个)|(完成|销号)(率|比例)(是)?(多少|几|怎么样|如何)|^(整改)?(完成|销号)(率|比例)$|^(what('s|\s+is)\s+(the\s+|our\s+)?)?overall\s+(progress|status|picture|situation)(\s+so\s+far)?$|\bhow\s+are\s+we\s+doing\b|\bhow('s|\s+is)\s+(it|everything|the\s+(rectification|inspection|whole\s+thing))\s+going\b|\bwhat('s|\s+is)\s+(the\s+|our\s+)?(overall\s+)?completion\s+rate\b|^(overall\s+)?completion\s+rate$|\bhow\s+many\b.{0,30}\b(done|completed|finished|closed|signed\s+off)\b|\bwhere\s+do\s+we\s+stand\b", Options)]
    public static partial Regex OverallProgress();

    [GeneratedRegex(@"^(本周|这周|这一周|这个?星期|本星期|这礼拜|本礼拜)的?(新)?(变化|变动|更新|进展|动态|改动)(情况)?$|(本周|这周|这一周|这个?星期|本星期|这礼拜|本礼拜)(以来)?(都|一共)?(有)?(什么|哪些|啥|多少)(新的?)?(变化|变动|更新|进展|动态|改动|记录)|(本周|这周|这一周|这个?星期)(都|又)?(更新|变|改|汇报|报|动)了(哪些|什么|啥|多少|几项)|\b(what|anything|which\s+(items|findings|ones))\b.{0,40}\b(changed|updated|new|happened|moved|reported)\b.{0,20}\bthis\s+week\b|^(any\s+)?(changes|updates|progress)\s+(made\s+|so\s+far\s+)?this\s+week$|^this\s+week'?s\s+(changes|updates|progress)$", Options)]
    public static partial Regex WeekChanges();
}
