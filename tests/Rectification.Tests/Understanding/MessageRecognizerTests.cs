using Rectification.Bot.Conversation.Understanding;
using Rectification.Bot.Conversation.Understanding.Intents;
using Rectification.Bot.Localization;

namespace Rectification.Tests.Understanding;

/// <summary>The phrasings the customer listed, and their neighbours, against the real 29 findings.</summary>
public class MessageRecognizerTests
{
    private static readonly MessageRecognizer Recognizer = new();

    public static TheoryData<string, Intent> StatusListHelpKeywordAndRange => new()
    {
        // A finding by number, English
        { "status of item 14", Status(14) },
        { "What is the progress on finding 14?", Status(14) },
        { "How is item 14 going?", Status(14) },
        { "show me issue #14", Status(14) },
        { "progress on 14?", Status(14) },
        { "the 14th finding", Status(14) },
        { "item 1", Status(1) },
        { "ITEM 29", Status(29) },

        // A finding by number, Chinese
        { "第十四项进展如何", Status(14) },
        { "第14项进展如何？", Status(14) },
        { "问题十四", Status(14) },
        { "14号问题怎么样了", Status(14) },
        { "第十四个问题整改到哪一步了", Status(14) },
        { "十四项", Status(14) },
        { "第二十九项", Status(29) },
        { "第一项完成了吗", Status(1) },
        { "第14项第3条进展如何", Status(14) },
        { "第１４项", Status(14) },

        // A finding by number, no words
        { "#14", Status(14) },
        { "14", Status(14) },
        { "十四", Status(14) },
        { "  14  ", Status(14) },
        { "/status 14", Status(14) },
        { "/status@RectBot 14", Status(14) },
        { "／status　１４", Status(14) },

        // Out of range or unreadable
        { "item 30", OutOfRange("30", 30) },
        { "item 0", OutOfRange("0", 0) },
        { "第三十项", OutOfRange("三十", 30) },
        { "第一百零五项", OutOfRange("一百零五", 105) },
        { "/status 99", OutOfRange("99", 99) },
        { "#100", OutOfRange("100", 100) },
        { "item x1", OutOfRange("x1", null) },
        { "第十十项", OutOfRange("十十", null) },

        // Lists
        { "show open items", new ListFindingsIntent(FindingListFilter.Open) },
        { "which findings are not completed yet?", new ListFindingsIntent(FindingListFilter.Open) },
        { "What's still open?", new ListFindingsIntent(FindingListFilter.Open) },
        { "list completed findings", new ListFindingsIntent(FindingListFilter.Completed) },
        { "Which items are done?", new ListFindingsIntent(FindingListFilter.Completed) },
        { "list all findings", new ListFindingsIntent(FindingListFilter.All) },
        { "which of the 29 items are open?", new ListFindingsIntent(FindingListFilter.Open) },
        { "/list", new ListFindingsIntent(FindingListFilter.All) },
        { "/list open", new ListFindingsIntent(FindingListFilter.Open) },
        { "/status", new ListFindingsIntent(FindingListFilter.All) },
        { "status", new ListFindingsIntent(FindingListFilter.All) },
        { "列出未完成的问题", new ListFindingsIntent(FindingListFilter.Open) },
        { "哪些问题还没完成？", new ListFindingsIntent(FindingListFilter.Open) },
        { "已完成的问题有哪些", new ListFindingsIntent(FindingListFilter.Completed) },
        { "已销号的问题有哪些", new ListFindingsIntent(FindingListFilter.SignedOff) },
        { "所有问题", new ListFindingsIntent(FindingListFilter.All) },
        { "列出整改中的问题", new ListFindingsIntent(FindingListFilter.Open) },
        { "已完成的问题", new ListFindingsIntent(FindingListFilter.Completed) },
        { "list open items", new ListFindingsIntent(FindingListFilter.Open) },
        { "/list completed", new ListFindingsIntent(FindingListFilter.Completed) },
        { "问题清单", new ListFindingsIntent(FindingListFilter.All) },
        { "整改进展", new ListFindingsIntent(FindingListFilter.All) },

        // Help
        { "help", new HelpIntent() },
        { "Help!", new HelpIntent() },
        { "/help", new HelpIntent() },
        { "/start", new HelpIntent() },
        { "What can you do?", new HelpIntent() },
        { "帮助", new HelpIntent() },
        { "你能做什么", new HelpIntent() },
        { "怎么用？", new HelpIntent() },
        { "你好", new GreetingIntent(Courtesy.Hello) },

        // Keywords, no number
        { "汉融通", Keywords("汉融通", 13, 4) },
        { "汉融通进展怎么样？", Keywords("汉融通", 13, 4) },
        { "绿色金融", Keywords("绿色金融", 12) },
        { "请问绿色金融的情况如何", Keywords("绿色金融", 12) },
        { "市民热线", Keywords("市民热线", 6, 19) },
        { "金融发展促进中心", Keywords("金融发展促进中心", 14) },
        { "/status 金融发展促进中心", Keywords("金融发展促进中心", 14) },

        // Nothing understood
        { "", new UnrecognizedIntent() },
        { "今天天气怎么样", new UnrecognizedIntent() },
        { "blah", new UnrecognizedIntent() },
        { "/frobnicate 14", new UnrecognizedIntent() },
    };

    [Theory]
    [MemberData(nameof(StatusListHelpKeywordAndRange))]
    public void Recognizes_the_intent_of_each_phrasing(string text, Intent expected)
    {
        var recognized = Recognizer.Recognize(text, AnnouncementFindings.Context);

        Assert.Equal(expected, recognized.Intent);
    }

    [Theory]
    [InlineData("status of item 14", Language.English)]
    [InlineData("第十四项进展如何", Language.Chinese)]
    [InlineData("14", null)]
    [InlineData("/status 14", null)]
    public void Reports_the_language_the_message_shows(string text, Language? expected)
    {
        Assert.Equal(expected, Recognizer.Recognize(text, AnnouncementFindings.Context).DetectedLanguage);
    }

    [Fact]
    public void Names_the_recognizer_that_understood_the_message()
    {
        Assert.Equal("finding status", Recognizer.Recognize("item 14", AnnouncementFindings.Context).RecognizedBy);
        Assert.Equal(MessageRecognizer.NothingRecognized, Recognizer.Recognize("blah", AnnouncementFindings.Context).RecognizedBy);
    }

    [Fact]
    public void The_recognizer_table_names_are_unique()
    {
        var names = RecognizerTable.Default.Select(r => r.Name).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void The_valid_range_in_the_answer_comes_from_the_findings_that_exist()
    {
        var twelve = new RecognitionContext([.. AnnouncementFindings.All.Take(12)]);

        var recognized = Recognizer.Recognize("item 14", twelve);

        Assert.Equal(new NumberOutOfRangeIntent("14", 14, 1, 12), recognized.Intent);
    }

    [Fact]
    public void A_message_at_the_length_limit_is_understood_without_delay()
    {
        var atLimit = string.Concat(Enumerable.Repeat("which what list show 一是推动 汉融通 ", 200))[..MessageRecognizer.MaxLength];
        Recognizer.Recognize(atLimit, AnnouncementFindings.Context); // compile and warm up every pattern first
        var clock = System.Diagnostics.Stopwatch.StartNew();

        Recognizer.Recognize(atLimit, AnnouncementFindings.Context);

        // Tens of milliseconds here; the bound leaves room for a busy two-core machine.
        Assert.InRange(clock.ElapsedMilliseconds, 0, 1000);
    }

    [Fact]
    public void A_message_longer_than_the_limit_is_answered_as_too_long()
    {
        var pasted = "update 14.3: " + new string('很', MessageRecognizer.MaxLength);

        var recognized = Recognizer.Recognize(pasted, AnnouncementFindings.Context);

        Assert.Equal(new MessageTooLongIntent(pasted.Length, MessageRecognizer.MaxLength), recognized.Intent);
        Assert.Equal(Language.Chinese, recognized.DetectedLanguage);
    }

    private static FindingStatusIntent Status(int number) => new(number);

    private static NumberOutOfRangeIntent OutOfRange(string raw, int? value) => new(raw, value, 1, 29);

    private static KeywordMatchIntent Keywords(string query, params int[] numbers) => new(numbers, query);
}
