using Rectification.Domain.Findings;
using Rectification.Tests.Infrastructure;
using static Rectification.Tests.Questions.QuestionLedger;
using static Rectification.Tests.Reporting.Chat.ReportingLedger;

namespace Rectification.Tests.Questions;

/// <summary>People's everyday questions, asked in chat over HTTP, in Chinese and English, against a prepared ledger.</summary>
public sealed class QuestionChatTests(QuestionLedger ledger) : IClassFixture<QuestionLedger>
{
    private readonly BotClient _bot = ledger.Client;

    [Theory]
    [InlineData("我的待办", "我的待办 · 科技金融处（2）")]
    [InlineData("我还有哪些没做完", "我的待办 · 科技金融处（2）")]
    [InlineData("what do I still need to do", "My to-do · 科技金融处 (2)")]
    public async Task MyToDoListsTheOpenFindingsOfMyDepartmentEarliestDeadlineFirst(string question, string title)
    {
        var replies = await _bot.AskAsync(question, "staff-li");

        var card = BotClient.CardOf(replies);
        Assert.Equal([13, 14], FindingsOf(card));
        Assert.StartsWith(title, TextOf(replies), StringComparison.Ordinal);
        Assert.Contains(title.StartsWith('M') ? "due 2024-09-30" : "时限 2024年9月30日", TextOf(replies), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("我负责的是哪几项", "科技金融处的问题（4）", "整改中 2 · 已完成待销号 1 · 已销号 1")]
    [InlineData("我们处的问题", "科技金融处的问题（4）", "整改中 2 · 已完成待销号 1 · 已销号 1")]
    [InlineData("my items", "Items of 科技金融处 (4)", "2 in progress · 1 awaiting sign-off · 1 signed off")]
    [InlineData("our department's items", "Items of 科技金融处 (4)", "2 in progress · 1 awaiting sign-off · 1 signed off")]
    public async Task MyDepartmentsItemsAreAllOfThemOpenFirst(string question, string title, string counts)
    {
        var replies = await _bot.AskAsync(question, "staff-li");

        Assert.Equal([13, 14, 12, 11], FindingsOf(BotClient.CardOf(replies)));
        Assert.StartsWith(title, TextOf(replies), StringComparison.Ordinal);
        Assert.Contains(counts, TextOf(replies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADepartmentNamedInTheQuestionIsListedForAnyone()
    {
        var replies = await _bot.AskAsync("科技金融处的问题", "someone-new");

        Assert.Equal([13, 14, 12, 11], FindingsOf(BotClient.CardOf(replies)));
    }

    [Fact]
    public async Task ADepartmentWithoutFindingsIsSaidSoWithTheDepartmentsThatHaveSome()
    {
        var text = TextOf(await _bot.AskAsync("综合处的问题", "staff-li"));

        Assert.Contains("还没有由综合处负责的问题", text, StringComparison.Ordinal);
        Assert.Contains("已分配的责任处室：科技金融处", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("我的待办", "我还不认识您", "请联系管理员：王管理")]
    [InlineData("我们处的问题", "我还不认识您", "请联系管理员：王管理")]
    [InlineData("my to-do list", "I don't know you yet", "Please ask an administrator: 王管理")]
    public async Task SomeoneTheBotDoesNotKnowIsToldSoAndWhomToAsk(string question, string why, string whom)
    {
        var replies = await _bot.AskAsync(question, "stranger");

        var text = Assert.Single(replies).Text;
        Assert.Contains(why, text, StringComparison.Ordinal);
        Assert.Contains(whom, text, StringComparison.Ordinal);
        Assert.Null(replies[0].Attachments);
    }

    [Theory]
    [InlineData("我负责的是哪几项", "赵领导，您的登记信息中没有所属处室", "请联系管理员：王管理")]
    [InlineData("what do I still need to do", "赵领导, your registration names no department", "Please ask an administrator: 王管理")]
    public async Task APersonWithoutADepartmentIsToldSoAndWhomToAsk(string question, string why, string whom)
    {
        var text = Assert.Single(await _bot.AskAsync(question, "leader-zhao")).Text;

        Assert.Contains(why, text, StringComparison.Ordinal);
        Assert.Contains(whom, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("现在整体情况怎么样", "已完成 21/29 个问题（含已销号）", "整改中：8（其中重新打开 1）", "已完成，待销号：20", "已销号：1")]
    [InlineData("一共多少项完成了几项", "已完成 21/29 个问题（含已销号）", "整改中：8（其中重新打开 1）", "已完成，待销号：20", "已销号：1")]
    [InlineData("overall progress", "21 of 29 items completed", "In progress: 8 (1 reopened)", "Completed, awaiting sign-off: 20", "Signed off: 1")]
    public async Task OverallProgressGivesTheTotalsByStatusAndTheCompletionRate(string question, params string[] expected)
    {
        var replies = await _bot.AskAsync(question, "stranger");

        var text = TextOf(replies);
        Assert.NotNull(BotClient.CardOf(replies));
        Assert.Contains("72%", text, StringComparison.Ordinal);
        Assert.All(expected, part => Assert.Contains(part, text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("本周有什么变化")]
    [InlineData("这周更新了哪些")]
    [InlineData("what changed this week")]
    public async Task ThisWeeksChangesListTheChangedFindingsMostRecentFirst(string question)
    {
        var replies = await _bot.AskAsync(question, "staff-li");

        var shown = FindingsOf(BotClient.CardOf(replies)).Distinct().ToList();
        Assert.Equal([11, 20, 13, 14, 12], shown);
        Assert.Contains(question.StartsWith('w') ? "Sign-off" : "销号", TextOf(replies), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("哪些可以销号了", "已完成待销号的问题（20）")]
    [InlineData("待销号的问题", "已完成待销号的问题（20）")]
    [InlineData("which items are awaiting sign-off", "Items awaiting sign-off (20)")]
    public async Task TheAwaitingSignOffListHoldsOnlyCompletedUnsignedFindings(string question, string title)
    {
        var replies = await _bot.AskAsync(question, "leader-zhao");

        var shown = FindingsOf(BotClient.CardOf(replies));
        Assert.StartsWith(title, TextOf(replies), StringComparison.Ordinal);
        Assert.Contains(12, shown);
        Assert.DoesNotContain(11, shown);
        Assert.DoesNotContain(20, shown);
        Assert.DoesNotContain(14, shown);
    }

    [Theory]
    [InlineData("已销号的问题", "已销号的问题（1）")]
    [InlineData("which items are signed off", "Signed-off items (1)")]
    public async Task TheSignedOffListHoldsOnlySignedOffFindings(string question, string title)
    {
        var replies = await _bot.AskAsync(question, "leader-zhao");

        Assert.Equal([11], FindingsOf(BotClient.CardOf(replies)));
        Assert.StartsWith(title, TextOf(replies), StringComparison.Ordinal);
        Assert.Equal(FindingStatus.Completed, (await ledger.Factory.FindingAsync(12)).Status);
    }

    [Fact]
    public async Task ATopicInsideAChineseSentenceOffersTheFindingsAboutIt()
    {
        var replies = await _bot.AskAsync("汉融通那个怎么样了", "staff-li");

        Assert.Equal([13, 4], FindingsOf(BotClient.CardOf(replies)));
        Assert.Contains("“汉融通”找到2个相关问题", TextOf(replies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHotlineTopicInsideASentenceOffersItsTwoFindings()
    {
        var replies = await _bot.AskAsync("那个市民热线的事办得怎么样", "staff-li");

        Assert.Equal([6, 19], FindingsOf(BotClient.CardOf(replies)));
    }

    [Fact]
    public async Task AnEnglishTopicInsideASentenceShowsTheChineseFindingItNames()
    {
        var replies = await _bot.AskAsync("what about the green finance one", "staff-li");

        Assert.NotNull(BotClient.CardOf(replies));
        Assert.StartsWith("Item 12 · ", TextOf(replies), StringComparison.Ordinal);
        Assert.Contains("绿色金融", TextOf(replies), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("我的待办", "继续刚才的操作")]
    [InlineData("how are we doing overall", "Back to where we were")]
    public async Task AQuestionAskedMidDialogIsAnsweredAndTheDialogResumes(string question, string resumes)
    {
        await _bot.AskAsync("汇报第十四项进展", "staff-li");

        var replies = await _bot.AskAsync(question, "staff-li");

        Assert.NotNull(BotClient.CardOf(replies));
        Assert.Contains(resumes, TextOf(replies), StringComparison.Ordinal);
        Assert.Equal(1, await ledger.Factory.DialogCountAsync());
        await _bot.AskAsync("取消", "staff-li");
        Assert.Equal(0, await ledger.Factory.DialogCountAsync());
    }
}
