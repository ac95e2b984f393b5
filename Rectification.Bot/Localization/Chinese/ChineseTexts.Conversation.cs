namespace Rectification.Bot.Localization;

internal sealed partial class ChineseTexts
{
    public override string SendingTooFast => "您发送得太快了，请稍后再试。";

    public override string SomethingWentWrong => "抱歉，处理您的消息时出错了，请稍后再试。如果问题持续，请联系管理员。";

    public override string StorageFull => "存储空间已满，这条消息没有保存（之前保存的内容都在）。请联系管理员清理空间后再发送一次。";

    public override string NumberOutOfRange(int number, int min, int max) =>
        $"没有第{number}项问题，本台账的问题编号为{min}–{max}，例如“第{min}项进展如何”。";

    public override string NumberNotUnderstood(string raw, int min, int max) =>
        $"没能看懂“{raw}”是第几项，所以没有猜测。本台账的问题编号为{min}–{max}，例如“第{min}项进展如何”。";

    public override string Hello => "您好！我是巡察整改助手，可以查询和汇报整改进展。发送“帮助”看看我能做什么，或者直接问“第十四项进展如何”。";

    public override string YouAreWelcome => "不客气！还有需要随时找我，发送“帮助”可以看看我能做什么。";

    public override string NoFindingsYet => "台账中还没有任何问题。请管理员先导入巡察整改进展公告。";

    public override string MessageTooLong(int length, int maxLength) =>
        $"消息太长了（{length}个字符），我最多读取{maxLength}个字符。请简要说明您的问题或进展。";

    public override string NotUnderstood => "抱歉，我没有理解。可以问我“第十四项进展如何”、“列出整改中的问题”，或者发送“帮助”。";

    public override string SuggestionHelpTitle => "帮助";

    public override string SuggestionHelpText => "帮助";

    public override string SuggestionOpenListTitle => "整改中的问题";

    public override string SuggestionOpenListText => "列出整改中的问题";

    public override string NothingToCancel => "当前没有进行中的操作，无需取消。";

    public override string AskWhichFindingForHistory => "请告诉我要查看哪一项的历史记录，例如“第十四项历史”。";

    public override string HistoryHeading(int number, string title) => $"第{number}项历史记录：{title}";
}
