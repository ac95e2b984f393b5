using System.Text.RegularExpressions;

namespace Rectification.Bot.Conversation.Understanding.Recognizers;

/// <summary>
/// The named patterns of the recognizer table, English and Chinese side by side. Patterns anchored with ^…$ must
/// be the whole message (cancel, back, help), so "cancel my subscription" or "help with item 14" reach the row
/// that means them. Each is source-generated and compiled at build time.
/// </summary>
public static partial class IntentPatterns
{
    private const RegexOptions Options =
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // "算了不报了", "先不报了": giving up the report in the office's own words, not a description of the work.
    [GeneratedRegex(@"^((/cancel|cancel|stop|abort|quit|exit)(\s+(that|it|this|the\s+report))?|never\s*mind|forget\s+(it|about\s+it)|取消|算了吧?|不用了|不要了|退出|停止|(算了[,\s]*)?(我)?(先|暂时|还是)?(不报了|不用报了|不汇报了|不报|不填了|不用填了)(吧|啦)?)$", Options)]
    public static partial Regex Cancel();

    [GeneratedRegex(@"^(/back|back|go\s+back|previous(\s+step)?|上一步|返回|返回上一步|回到上一步|退回上一步)$", Options)]
    public static partial Regex Back();

    [GeneratedRegex(@"^(please\s+)?(/help|/start|help(\s+me)?|\?|menu|commands|usage|what\s+can\s+(you|i)\s+(do|ask)|how\s+(do\s+i|to)\s+use(\s+(this|you|it|the\s+bot))?|how\s+does\s+(this|it)\s+work|请?(帮助|使用说明|说明|菜单|帮忙)|怎么用|如何使用|你能做什么|你可以做什么|你会什么|你会做什么|有什么功能)$", Options)]
    public static partial Regex Help();

    // The whole message is a greeting, perhaps with the bot's name or a "there": nothing else to answer.
    [GeneratedRegex(@"^((hi|hello|hey|hiya|howdy|good\s+(morning|afternoon|evening|day))(\s+(there|bot|all|everyone))?|(你|您|大家)好(啊|呀)?|嗨|哈喽|哈啰|早上好|上午好|下午好|晚上好|早安|早|在吗|在不在)$", Options)]
    public static partial Regex Hello();

    // Thanks, alone or with a word around it (ok thanks, 好的谢谢, 谢谢你, 非常感谢, 辛苦了).
    [GeneratedRegex(@"^((ok(ay)?|great|perfect|cool|got\s+it)[,\s]+)?(thanks?(\s+(you|a\s+lot|so\s+much|very\s+much))?(\s+(a\s+lot|so\s+much|very\s+much))?|thank\s+you(\s+(so|very)\s+much)?|thx|ty|cheers|many\s+thanks)([,\s]+(bot|a\s+lot))?$|^(好的|好|嗯|收到|明白了?)?[,\s]*((非常|十分)?(谢谢|感谢|多谢)(你|您|啦|了)?|谢了|辛苦了?|辛苦您了)(!)?$", Options)]
    public static partial Regex Thanks();

    [GeneratedRegex(@"^/unsubscribe\b|\bunsubscribe\b|\bstop\s+(sending\s+)?(me\s+)?(the\s+)?(weekly\s+)?digests?\b|\bcancel\s+(my\s+|the\s+)?subscription\b|取消订阅|退订|不再订阅|不要再发|停止(推送|发送)?周报|取消周报", Options)]
    public static partial Regex Unsubscribe();

    [GeneratedRegex(@"^/(my)?subscription\b|\bmy\s+subscriptions?\b|\bam\s+i\s+subscribed\b|\bsubscription\s+(status|settings?)\b|我的订阅|订阅(情况|状态|设置|信息)|我(是否|有没有)订阅|我订阅了(吗|没有|什么)", Options)]
    public static partial Regex MySubscription();

    [GeneratedRegex(@"^/subscribe\b|\bsubscribe\b|\bsign\s+me\s+up\b|订阅", Options)]
    public static partial Regex Subscribe();

    [GeneratedRegex(@"^/digest\b|\bdigest\s+now\b|\bsend\s+(me\s+)?(the\s+)?(this\s+week'?s\s+|weekly\s+)?digest\b|\bthis\s+week'?s\s+(digest|summary)\b|^(the\s+)?(weekly\s+)?digest$|本周周报|这周周报|本周简报|^周报$|(现在|马上|立即)?(发|发送|推送|生成)(一下)?(本周)?周报", Options)]
    public static partial Regex DigestNow();

    /// <summary>The current week to date, before "digest now" whose words it contains: 本周到目前为止的周报, "digest so far this week".</summary>
    [GeneratedRegex(@"(本周|这周|这一周)(到目前为止|截至目前|截止目前|迄今|至今|到现在)的?(周报|简报|情况)|\bdigest\s+(so\s+far|to\s+date)(\s+this\s+week)?\b|\bthis\s+week\s+so\s+far\b|\bweek\s+to\s+date\b", Options)]
    public static partial Regex DigestSoFar();

    [GeneratedRegex(@"^(/update\b|update\b(?!\s+(on|of|for|about|me)\b)|(我要|我想|请|帮我)?更新)", Options)]
    public static partial Regex UpdateVerb();

    [GeneratedRegex(@"^/report\b|^(please\s+|let\s+me\s+|can\s+i\s+|i\s+(want|would\s+like|need)\s+to\s+|i'd\s+like\s+to\s+)?report\b|\b(report|submit|log|file)\s+(some\s+|the\s+|my\s+|a\s+|an\s+)?(progress|update)\b|^(我要|我想|我来|我需要|请|帮我)?(汇报|上报|填报|报告|报送|提交)(?!了)", Options)]
    public static partial Regex Report();

    [GeneratedRegex(@"^/history\b|\bhistory\b|\b(timeline|change\s*log|audit\s+trail)\b|历史|历程|(进展|整改|变更|修改|更新|汇报|操作)记录", Options)]
    public static partial Regex History();

    // 已销号/未销号/待销号 describe a state ("已销号的问题有哪些" is a list question), and a question about sign-off
    // (哪些可以销号了, 待销号的问题, "which items are awaiting sign-off") asks for a list: neither is a request to sign off.
    [GeneratedRegex(@"^(?!.*(哪些|哪几|哪个|哪项|什么|多少|有没有|是否|能否|能不能|可不可以|可以|吗|\?|待销号|可销号的|能销号的|\b(which|what|how\s+many|signed|ready\s+(for|to)|awaiting|pending\s+sign)\b)).*?(^/sign_?off\b|\bsign[\s-]?off\b|(?<![已未没待可])(销号|销项))", Options)]
    public static partial Regex SignOff();

    [GeneratedRegex(@"^/re_?open\b|\bre-?open\b|重新打开|重新开启|重开|重启|撤销销号|取消销号|重新整改", Options)]
    public static partial Regex Reopen();

    // The rounds as a group; "第五轮巡察…" names one round and is not this question.
    [GeneratedRegex(@"^/rounds?$|^(please\s+)?(list|show)(\s+(me|all|the))*\s+(inspection\s+)?rounds$|\b(which|what)\s+(inspection\s+)?rounds\b|^(inspection\s+)?rounds\??$|^(请|帮我)?(列出|查看|显示|看看)?(所有|全部)?的?巡察(轮次|批次)(列表|清单)?$|(有哪些|哪几)(轮|次)(巡察)?|(有哪些|哪些)的?巡察(轮次|批次)|巡察(轮次|批次)?有哪些", Options)]
    public static partial Regex Rounds();

    // A request for the file, not a question about it: "台账里有什么" is not an export.
    [GeneratedRegex(@"^/export\b|\b(export|download)\s+(the\s+|our\s+)?(rectification\s+)?ledger\b|\bledger\s+(export|download|as\s+(an\s+)?(excel|xlsx))\b|(导出|下载)(一下)?(整改)?台账|(整改)?台账(导出|下载)|把(整改)?台账发(给)?我|发(给)?我(整改)?台账", Options)]
    public static partial Regex ExportLedger();

    [GeneratedRegex(@"^/charts?\b|\bprogress\s+(charts?|graphs?|pictures?)\b|\bcharts?\s+of\s+(the\s+)?progress\b|^(show\s+(me\s+)?)?(the\s+)?charts?$|进度图|进展图|整改(进度|进展)?(图表|统计图)|^(看看?|发|给我|查看)?图表$", Options)]
    public static partial Regex ProgressChart();

    // Commands the rows after this one answer; any other slash command is unknown rather than a status question.
    [GeneratedRegex(@"^/(?!(status|item|finding|progress|list|all|open|completed|done|overdue|supervision)\b)[a-z_]+", Options)]
    public static partial Regex UnknownCommand();
}
