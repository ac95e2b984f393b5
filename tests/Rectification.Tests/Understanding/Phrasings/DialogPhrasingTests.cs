using Rectification.Bot.Conversation.Understanding.Intents;

namespace Rectification.Tests.Understanding.Phrasings;

/// <summary>
/// Cancel words, sign-off and reopen in their natural forms, and evidence added to an earlier entry, as office staff
/// and leaders write them; and the sign-off questions that must not be taken for a sign-off.
/// </summary>
public sealed class DialogPhrasingTests
{
    private const string Link = "https://example.org/minutes.pdf";

    public static TheoryData<string, Intent> Cases => new()
    {
        // Cancel words: each ends the active dialog (outside one, "nothing to cancel").
        { "never mind", new CancelIntent() },
        { "Never mind.", new CancelIntent() },
        { "nevermind", new CancelIntent() },
        { "算了", new CancelIntent() },
        { "算了。", new CancelIntent() },
        { "算了吧", new CancelIntent() },
        { "算了不报了", new CancelIntent() },
        { "算了，不报了", new CancelIntent() },
        { "算了 不报了！", new CancelIntent() },
        { "不报了", new CancelIntent() },
        { "先不报了", new CancelIntent() },
        { "先不报了吧", new CancelIntent() },
        { "我先不报了", new CancelIntent() },
        { "不用报了", new CancelIntent() },
        { "还是不报了", new CancelIntent() },
        { "forget it", new CancelIntent() },
        { "Forget it!", new CancelIntent() },
        { "cancel that", new CancelIntent() },
        { "Cancel that.", new CancelIntent() },
        { "取消", new CancelIntent() },
        { "cancel", new CancelIntent() },

        // Sign-off: with or without 第/项, item, a space, the verb before or after.
        { "销号 12", new SignOffIntent(12) },
        { "销号12", new SignOffIntent(12) },
        { "销号１２", new SignOffIntent(12) },
        { "销号第十二项", new SignOffIntent(12) },
        { "销号 第12项", new SignOffIntent(12) },
        { "第12项销号", new SignOffIntent(12) },
        { "第十二项销号", new SignOffIntent(12) },
        { "请销号第12项", new SignOffIntent(12) },
        { "给第12项销号", new SignOffIntent(12) },
        { "销号：12", new SignOffIntent(12) },
        { "销号第十四项", new SignOffIntent(14) },
        { "sign off 12", new SignOffIntent(12) },
        { "sign off item 12", new SignOffIntent(12) },
        { "Sign off item 12.", new SignOffIntent(12) },
        { "sign-off 12", new SignOffIntent(12) },
        { "please sign off finding 12", new SignOffIntent(12) },
        { "/signoff 12", new SignOffIntent(12) },
        { "/sign_off 12", new SignOffIntent(12) },
        { "sign off 14", new SignOffIntent(14) },
        { "销号", new SignOffIntent(null) },
        { "sign off", new SignOffIntent(null) },

        // Reopen: the reason on the same line, after a colon, a space, "because" or 原因：; or none (asked next).
        { "reopen 27: the problem came back", new ReopenIntent(27, "the problem came back") },
        { "Reopen 27: the problem came back in 3 districts", new ReopenIntent(27, "the problem came back in 3 districts") },
        { "reopen item 27 because the problem came back", new ReopenIntent(27, "the problem came back") },
        { "reopen finding 9: audit found new cases", new ReopenIntent(9, "audit found new cases") },
        { "reopen #5 - issue recurred", new ReopenIntent(5, "issue recurred") },
        { "reopen 14", new ReopenIntent(14, null) },
        { "/reopen 14 figures were wrong", new ReopenIntent(14, "figures were wrong") },
        { "重新打开第三项", new ReopenIntent(3, null) },
        { "重新打开第十四项：反弹回潮", new ReopenIntent(14, "反弹回潮") },
        { "重新打开14：反弹回潮", new ReopenIntent(14, "反弹回潮") },
        { "重新打开 27 问题反弹", new ReopenIntent(27, "问题反弹") },
        { "重新打开27，原因是问题反弹", new ReopenIntent(27, "问题反弹") },
        { "第3项重新打开，原因：反弹回潮", new ReopenIntent(3, "反弹回潮") },
        { "第27项重新打开 因为问题反弹", new ReopenIntent(27, "问题反弹") },
        { "撤销销号第12项：发现新问题", new ReopenIntent(12, "发现新问题") },
        { "reopen", new ReopenIntent(null, null) },

        // Evidence for an earlier entry.
        { "补充第14项第3条佐证：" + Link, new AddEvidenceIntent(14, 3, Link) },
        { "补充第十四项第三条佐证：" + Link, new AddEvidenceIntent(14, 3, Link) },
        { "第14项佐证 " + Link, new AddEvidenceIntent(14, null, Link) },
        { "第14项第3条补充佐证：会议纪要 " + Link, new AddEvidenceIntent(14, 3, "会议纪要 " + Link) },
        { "补充佐证 第十四项 " + Link, new AddEvidenceIntent(14, null, Link) },
        { "14.3佐证：" + Link, new AddEvidenceIntent(14, 3, Link) },
        { "上传第14项佐证材料", new AddEvidenceIntent(14, null, null) },
        { "补充第14项佐证", new AddEvidenceIntent(14, null, null) },
        { "补充佐证", new AddEvidenceIntent(null, null, null) },
        { "add evidence to 14.3: " + Link, new AddEvidenceIntent(14, 3, Link) },
        { "Add evidence to item 14 measure 3 " + Link, new AddEvidenceIntent(14, 3, Link) },
        { "attach evidence to 14.3 " + Link, new AddEvidenceIntent(14, 3, Link) },
        { "evidence for 14", new AddEvidenceIntent(14, null, null) },
        { "evidence for item 14: minutes " + Link, new AddEvidenceIntent(14, null, "minutes " + Link) },
        { "proof for 7.2 https://example.org/7-2.pdf", new AddEvidenceIntent(7, 2, "https://example.org/7-2.pdf") },
    };

    /// <summary>Questions about sign-off ask for a list; the sign-off verb must leave them to the list answers.</summary>
    public static TheoryData<string> SignOffQuestions => new()
    {
        "哪些可以销号了",
        "哪些问题可以销号",
        "which items can be signed off",
        "已销号的问题",
        "未销号的",
        "哪些待销号？",
        "第12项可以销号了吗",
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void IsUnderstoodAs(string message, Intent expected) => Phrasings.Assert(message, expected);

    [Theory]
    [MemberData(nameof(SignOffQuestions))]
    public void ASignOffQuestionIsNotASignOffRequest(string message)
    {
        var understood = new Rectification.Bot.Conversation.Understanding.MessageRecognizer().Recognize(message, AnnouncementFindings.Context);

        Assert.IsNotType<SignOffIntent>(understood.Intent);
    }
}
