using System.Globalization;
using Rectification.Domain.Findings;
using Rectification.Domain.Queries;

namespace Rectification.Bot.Localization;

internal sealed class ChineseTexts : Texts
{
    public override Language Language => Language.Chinese;

    public override string Locale => "zh-CN";

    public override string FindingStatus(FindingStatus status) => status switch
    {
        Domain.Findings.FindingStatus.InProgress => "整改中",
        Domain.Findings.FindingStatus.Completed => "已完成，待销号",
        Domain.Findings.FindingStatus.SignedOff => "已销号",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public override string MeasureStatus(MeasureStatus status) => status switch
    {
        Domain.Findings.MeasureStatus.NotStarted => "未开始",
        Domain.Findings.MeasureStatus.InProgress => "推进中",
        Domain.Findings.MeasureStatus.Completed => "已完成",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    // ---- Cards ----

    public override string Date(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    public override string DateAndTime(DateTime local) => local.ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture);

    public override string FindingNumber(int number) => $"第{number}项";

    public override string FindingHeading(int number, FindingStatus status) => $"第{number}项 · {FindingStatus(status)}";

    public override string MeasureNumber(int ordinal) => $"措施{ordinal}";

    public override string MeasureChange(int ordinal, string change) => $"{MeasureNumber(ordinal)}：{change}";

    public override string MeasureStatusWithPercent(MeasureStatus status, int? percent) =>
        percent is null || status == Domain.Findings.MeasureStatus.Completed
            ? MeasureStatus(status)
            : $"{MeasureStatus(status)} {percent}%";

    public override string MeasurePercentChange(MeasureStatus status, int before, int after) =>
        $"{MeasureStatus(status)} {before}%→{after}%";

    public override string MeasuresCompleted(int completed, int total) => $"已完成 {completed}/{total}";

    public override string ProgressEntryKind(ProgressEntryKind kind) => kind switch
    {
        Domain.Findings.ProgressEntryKind.Announced => "公告",
        Domain.Findings.ProgressEntryKind.Progress => "进展",
        Domain.Findings.ProgressEntryKind.Correction => "更正",
        Domain.Findings.ProgressEntryKind.SignOff => "销号",
        Domain.Findings.ProgressEntryKind.Reopen => "重新打开",
        Domain.Findings.ProgressEntryKind.MeasureAdded => "新增措施",
        Domain.Findings.ProgressEntryKind.Assignment => "责任分工",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public override string UpdatedBy(string author, string when) => $"{author}，{when}";

    public override string StatusChange(string before, string after) => $"{before}→{after}";

    public override string DepartmentLabel => "责任部门";

    public override string LeaderLabel => "责任领导";

    public override string DeadlineLabel => "完成时限";

    public override string MeasuresProgressLabel => "措施进度";

    public override string LastUpdateLabel => "最近更新";

    public override string NotAssigned => "未指定";

    public override string NoUpdatesYet => "暂无更新";

    public override string MeasuresHeading => "整改措施";

    public override string NoMeasures => "暂无整改措施记录。";

    public override string NextStepsHeading => "下一步";

    public override string RecentHistoryHeading => "最近记录";

    public override string FindingStatusChanged(string change) => $"问题状态：{change}";

    public override string ReportProgressAction => "汇报进展";

    public override string HistoryAction => "历史记录";

    public override string FindingListTitle(FindingStatusFilter filter, int count) => filter switch
    {
        FindingStatusFilter.All => $"全部问题（{count}）",
        FindingStatusFilter.Open => $"整改中的问题（{count}）",
        FindingStatusFilter.Completed => $"已完成的问题（{count}）",
        _ => throw new ArgumentOutOfRangeException(nameof(filter), filter, null),
    };

    public override string FindingListEmpty => "没有符合条件的问题。";

    public override string ChooseFinding(string? keyword, int count) =>
        string.IsNullOrWhiteSpace(keyword)
            ? "找到多个相关问题，请选择："
            : $"“{keyword}”找到{count}个相关问题，请选择：";

    public override string MoreMatches(int notShown) => $"另有{notShown}个问题也相关，请换一个更具体的关键词。";

    public override string HelpTitle => "我能帮您做什么";

    public override string HelpIntro => "直接用中文或英文提问，问题编号可以写成 14、十四或第十四项。";

    public override string HelpStatusTopic => "查看某个问题的整改进展";

    public override string HelpStatusExample => "第十四项进展如何";

    public override string HelpListTopic => "列出问题";

    public override string HelpListExample => "列出整改中的问题";

    public override string HelpKeywordTopic => "按关键词查找问题";

    public override string HelpKeywordExample => "融资担保";

    public override string HelpReportTopic => "汇报整改进展，或一句话更新某条措施（如第14项第3条完成80%）";

    public override string HelpReportExample => "/report 14";

    public override string HelpUpdateExample => "update 14.3：已完成专项培训 80%";

    public override string HelpHelpTopic => "再次显示本帮助";

    public override string HelpHelpExample => "帮助";

    public override string HelpTryLabel => "试一试：";

    // ---- end Cards ----

    // ---- Conversation ----

    public override string SomethingWentWrong => "抱歉，处理您的消息时出错了，请稍后再试。如果问题持续，请联系管理员。";

    public override string NumberOutOfRange(string raw, int min, int max) =>
        $"没有编号为“{raw}”的问题。问题编号应在{min}–{max}之间，例如“第{min}项进展如何”。";

    public override string NoFindingsYet => "台账中还没有任何问题。请管理员先导入巡察整改进展公告。";

    public override string MessageTooLong(int length, int maxLength) =>
        $"消息太长了（{length}个字符），我最多读取{maxLength}个字符。请简要说明您的问题或进展。";

    public override string NotUnderstood => "抱歉，我没有理解。可以问我“第十四项进展如何”、“列出整改中的问题”，或者发送“帮助”。";

    public override string SuggestionHelpTitle => "帮助";

    public override string SuggestionHelpText => "帮助";

    public override string SuggestionOpenListTitle => "整改中的问题";

    public override string SuggestionOpenListText => "列出整改中的问题";

    public override string NothingToCancel => "当前没有进行中的操作，无需取消。";

    public override string FeatureReporting => "在对话中汇报进展、销号";

    public override string NotYetAvailable(string feature) => $"“{feature}”功能尚未开放。目前可以查询问题进展、列出问题和搜索关键词。";

    public override string AskWhichFindingForHistory => "请告诉我要查看哪一项的历史记录，例如“第十四项历史”。";

    public override string HistoryHeading(int number, string title) => $"第{number}项历史记录：{title}";

    // ---- end Conversation ----

    // ---- Teams channel ----

    public override string WelcomeTitle => "您好，我是巡察整改助手";

    public override string WelcomeIntro => "我跟踪市委巡察反馈问题的整改情况：每个问题的整改措施、进展和销号。直接用中文或英文提问即可。";

    public override string WelcomeTeamIntroduction =>
        "大家好，我是巡察整改助手，可以查询巡察反馈问题的整改进展。请 @我 并提问，例如“第十四项进展如何”；发送“帮助”可查看我能做什么。";

    // ---- end Teams channel ----

    // ---- Digest ----

    public override string DayName(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => "周一",
        DayOfWeek.Tuesday => "周二",
        DayOfWeek.Wednesday => "周三",
        DayOfWeek.Thursday => "周四",
        DayOfWeek.Friday => "周五",
        DayOfWeek.Saturday => "周六",
        _ => "周日",
    };

    public override string DigestSubscribed(string day, string time, string timeZone) =>
        $"已订阅整改进展周报：每{day} {time}（{timeZone}）发送到本对话。发送“取消订阅”可停止，发送“本周周报”可随时查看。";

    public override string DigestUnsubscribed => "已取消周报订阅，不再发送。需要时发送“订阅周报”即可恢复。";

    public override string DigestNotSubscribed => "您尚未订阅周报。发送“订阅周报”（可加时间，如“订阅周报 每周五17点”）即可订阅。";

    public override string DigestSubscription(string day, string time, string timeZone) =>
        $"您已订阅周报：每{day} {time}（{timeZone}）发送到订阅时的对话。发送“取消订阅”可停止。";

    public override string DigestSubscriptionStopped(string day, string time, string timeZone) =>
        $"您的周报订阅（每{day} {time}，{timeZone}）已暂停：机器人无法再向您发送消息。发送“订阅周报”即可恢复。";

    public override string DigestLeadersOnly(string? whomToAsk) =>
        whomToAsk is null
            ? "周报仅向领导提供。如需开通，请联系管理员。"
            : $"周报仅向领导提供。如需开通，请联系管理员：{whomToAsk}。";

    public override string DigestCannotDeliverHere => "此对话无法接收主动发送的消息，请在 Teams 中与机器人单独对话后再订阅。";

    // ---- end Digest ----
}
