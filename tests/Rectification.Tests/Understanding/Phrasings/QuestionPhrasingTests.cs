using Rectification.Bot.Conversation.Understanding.Intents;

namespace Rectification.Tests.Understanding.Phrasings;

/// <summary>People's everyday questions: their to-do, their department, the overall progress, this week, sign-off lists, topics in a sentence.</summary>
public sealed class QuestionPhrasingTests
{
    private static readonly Intent ToDo = new MyToDoIntent();
    private static readonly Intent Mine = new DepartmentFindingsIntent();
    private static readonly Intent Overall = new OverallProgressIntent();
    private static readonly Intent Week = new WeekChangesIntent();
    private static readonly Intent Awaiting = new ListFindingsIntent(FindingListFilter.AwaitingSignOff);
    private static readonly Intent SignedOff = new ListFindingsIntent(FindingListFilter.SignedOff);

    public static TheoryData<string, Intent> Cases => new()
    {
        // My to-do: the open findings of my department.
        { "我的待办", ToDo },
        { "我的待办事项", ToDo },
        { "我的待办？", ToDo },
        { "待办", ToDo },
        { "我还有哪些没做完", ToDo },
        { "我还有哪些没做完？", ToDo },
        { "我还有哪些没完成的", ToDo },
        { "我这边还有哪些事没办完", ToDo },
        { "我还需要做什么", ToDo },
        { "我还要做哪些", ToDo },
        { "我有哪些任务没完成", ToDo },
        { "我负责的还有哪些没完成", ToDo },
        { "我的任务", ToDo },
        { "what do I still need to do", ToDo },
        { "What do I still need to do?", ToDo },
        { "what do i need to do", ToDo },
        { "my to-do", ToDo },
        { "my to-do list", ToDo },
        { "My todo list pls", ToDo },
        { "my todos", ToDo },
        { "my open items", ToDo },
        { "what's left for me?", ToDo },
        { "what's on my plate", ToDo },

        // My items, our department's: every finding of the department, open first.
        { "我负责的是哪几项", Mine },
        { "我负责的是哪几项？", Mine },
        { "我负责哪些", Mine },
        { "我负责的有哪些", Mine },
        { "我的问题", Mine },
        { "我的事项有哪些", Mine },
        { "我们处的问题", Mine },
        { "我们处的问题有哪些？", Mine },
        { "我们部门的事项", Mine },
        { "我们部门的事项。", Mine },
        { "咱们处的整改事项", Mine },
        { "本处的问题", Mine },
        { "我们处负责哪些", Mine },
        { "my items", Mine },
        { "My items?", Mine },
        { "show my items", Mine },
        { "our department's items", Mine },
        { "our department items", Mine },
        { "what am I responsible for?", Mine },
        { "which items are we responsible for", Mine },
        { "items assigned to me", Mine },
        { "科技金融处的问题", new DepartmentFindingsIntent("科技金融处") },
        { "列出科技金融处的问题", new DepartmentFindingsIntent("科技金融处") },
        { "综合处的事项有哪些", new DepartmentFindingsIntent("综合处") },

        // Overall progress.
        { "现在整体情况怎么样", Overall },
        { "现在整体情况怎么样？", Overall },
        { "整体情况", Overall },
        { "总体进展", Overall },
        { "总体进展如何", Overall },
        { "一共多少项完成了几项", Overall },
        { "一共多少项，完成了几项？", Overall },
        { "整改完成率多少", Overall },
        { "整体进度怎么样了", Overall },
        { "overall progress", Overall },
        { "Overall progress?", Overall },
        { "how are we doing overall", Overall },
        { "how are we doing", Overall },
        { "how many items are done?", Overall },
        { "what's the completion rate", Overall },
        { "where do we stand", Overall },

        // This week's changes.
        { "本周有什么变化", Week },
        { "本周有什么变化？", Week },
        { "这周更新了哪些", Week },
        { "这周更新了哪些？", Week },
        { "这个星期有哪些新进展", Week },
        { "本周进展", Week },
        { "这周有啥变化", Week },
        { "what changed this week", Week },
        { "What changed this week?", Week },
        { "any updates this week?", Week },
        { "which items were updated this week", Week },
        { "this week's changes", Week },

        // Lists by sign-off state, exact.
        { "哪些可以销号了", Awaiting },
        { "哪些可以销号了？", Awaiting },
        { "待销号的问题", Awaiting },
        { "待销号的问题有哪些", Awaiting },
        { "哪些问题待销号", Awaiting },
        { "可以销号的有哪些", Awaiting },
        { "which items are awaiting sign-off", Awaiting },
        { "Which items are awaiting sign-off?", Awaiting },
        { "which items are ready for sign-off", Awaiting },
        { "ready for sign-off", Awaiting },
        { "what's ready for sign off?", Awaiting },
        { "items pending sign-off", Awaiting },
        { "已销号的问题", SignedOff },
        { "已销号的问题有哪些", SignedOff },
        { "哪些已经销号了", SignedOff },
        { "which items are signed off", SignedOff },
        { "Which items are signed off?", SignedOff },
        { "list signed-off findings", SignedOff },
        { "已完成的问题", new ListFindingsIntent(FindingListFilter.Completed) },

        // The sign-off verb still takes requests.
        { "销号第十四项", new SignOffIntent(14) },
        { "sign off 14", new SignOffIntent(14) },

        // A topic inside a sentence.
        { "汉融通那个怎么样了", new KeywordMatchIntent([13, 4], "汉融通") },
        { "汉融通那个怎么样了？", new KeywordMatchIntent([13, 4], "汉融通") },
        { "那个市民热线的事办得怎么样", new KeywordMatchIntent([6, 19], "市民热线") },
        { "那个市民热线的事办得怎么样了", new KeywordMatchIntent([6, 19], "市民热线") },
        { "绿色金融那个推进得怎么样", new KeywordMatchIntent([12], "绿色金融") },
        { "what about the green finance one", new KeywordMatchIntent([12], "green finance") },
        { "What about the green finance one?", new KeywordMatchIntent([12], "green finance") },
        { "how's the hotline thing going", new KeywordMatchIntent([6, 19], "hotline") },
        { "我今天下午要去开会然后回来写材料顺便吃个饭", new UnrecognizedIntent() },

        // What a report says is not a question, so the progress dialog keeps it as the description.
        { "我们处的工作已经全部完成", new UnrecognizedIntent() },
        { "整体进展顺利，已召开两次专题会", new UnrecognizedIntent() },
        { "本周更新了台账并报送领导", new UnrecognizedIntent() },
        { "完成了我的任务", new UnrecognizedIntent() },
        { "overall the work is done", new UnrecognizedIntent() },
        { "my tasks are finished and the report was sent", new UnrecognizedIntent() },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void IsUnderstoodAs(string message, Intent expected) => Phrasings.Assert(message, expected);
}
