using Rectification.Domain.Progress;
using Rectification.Domain.Findings;
using Rectification.Domain.People;

namespace Rectification.Bot.Localization;

internal sealed partial class ChineseTexts
{
    public override string DialogExpired => "您之前未完成的进展汇报已超时，未作任何保存。如需汇报，请重新开始，例如“汇报第十四项进展”。";

    public override string DialogMovedMeanwhile => "您的上一条消息正在处理中，请稍后再回复。";

    public override string DialogCancelled => "已取消，未保存任何内容。";

    public override string DialogAtFirstStep => "已经是第一步了。";

    public override string DialogGaveUp => "多次未能识别您的回答，本次汇报已结束，未保存任何内容。可以随时重新开始，例如“汇报第十四项进展”。";

    public override string DialogResumes => "继续刚才的操作：";

    public override string AskFinding(int min, int max) => $"要汇报哪一项问题的进展？请回复问题编号（{min}–{max}），例如“14”。";

    public override string NotAFindingNumber => "请回复问题编号，例如“14”或“第十四项”。";

    public override string AskMeasure(int finding, string title) => $"第{finding}项：{title}\n要汇报哪条措施？请回复措施编号，或“下一步1”等（下一步工作），或“整体”（问题整体进展），或“新措施”（公告中没有的措施）。";

    public override string WholeFindingChoice => "整体";

    public override string NewMeasureChoice => "新措施";

    public override string NotAMeasure(int count) => count == 0
        ? "这一项没有列出措施，请回复“整体”或“新措施”。"
        : $"请回复措施编号（1–{count}），或“整体”、“新措施”。";

    public override string AskNewMeasureText => "请写出这条新措施的内容。";

    public override string AskStatus(string? current) => current is null
        ? "目前的状态是？请回复“未开始”、“推进中”或“已完成”，可加上完成百分比，例如“推进中 60%”。"
        : $"目前为“{current}”。新的状态是？请回复“未开始”、“推进中”或“已完成”，可加上完成百分比，例如“推进中 60%”。";

    public override string NotAStatus => "没有看懂这个状态。请回复“未开始”、“推进中”或“已完成”，或一个0–100之间的百分比。";

    public override string AskDescription(int maxLength) => $"请简要说明做了哪些工作（必填，不超过{maxLength}字）。";

    public override string DescriptionTooLong(int length, int maxLength) => $"说明太长了（{length}字），请控制在{maxLength}字以内。";

    public override string AskEvidence => "有佐证材料吗？可以发送链接或附件；没有请回复“无”。";

    public override string NoEvidenceChoice => "无";

    public override string AnswerYesOrNo => "请回复“确认”保存，或“取消”放弃。";

    public override string NewMeasureBefore => "（新增）";

    public override string HelpStepFinding => "现在需要确定汇报哪一项问题：回复问题编号即可，例如“14”。随时可以回复“取消”放弃、“上一步”返回。";

    public override string HelpStepMeasure => "现在选择措施：回复措施编号（如“3”）；汇报下一步工作回复“下一步1”等；汇报问题整体情况回复“整体”；汇报公告中没有的措施回复“新措施”。随时可以回复“取消”或“上一步”。";

    public override string HelpStepNewMeasure => "请用一句话写出新措施的内容，例如“建立月度调度机制”。随时可以回复“取消”或“上一步”。";

    public override string HelpStepStatus => "状态有三种：未开始、推进中、已完成。可以加上百分比，例如“推进中 60%”；只回复“60%”也可以。随时可以回复“取消”或“上一步”。";

    public override string HelpStepDescription(int maxLength) => $"请用文字说明本次完成了哪些工作，不超过{maxLength}字，这段说明会记入整改台账。随时可以回复“取消”或“上一步”。";

    public override string HelpStepEvidence => "佐证材料可以是一个链接（如文件在共享盘的地址），也可以直接发送附件；没有请回复“无”。随时可以回复“取消”或“上一步”。";

    public override string HelpStepConfirm => "请核对卡片上的内容：回复“确认”保存，回复“上一步”修改，回复“取消”放弃。";

    public override string ReportProblem(ReportProblem problem) => problem switch
    {
        Domain.Progress.ReportProblem.MeasureMissing => "请选择一条措施。",
        Domain.Progress.ReportProblem.NewMeasureTextMissing => "请写出新措施的内容。",
        Domain.Progress.ReportProblem.NewMeasureTextTooLong => $"新措施的内容太长，请控制在{Domain.Findings.Measure.MaxTextLength}字以内。",
        Domain.Progress.ReportProblem.StatusMissing => "请选择状态：未开始、推进中或已完成。",
        Domain.Progress.ReportProblem.PercentOutOfRange => "完成百分比应为0到100之间的整数。",
        Domain.Progress.ReportProblem.PercentDisagreesWithStatus => "状态和百分比对不上：未开始应为0%，已完成应为100%，推进中应低于100%。",
        Domain.Progress.ReportProblem.DescriptionDisagreesWithStatus => "工作说明里写的状态和所选状态不一致，请改正其中之一。",
        Domain.Progress.ReportProblem.DescriptionMissing => ReportProblemRequiredDescription,
        Domain.Progress.ReportProblem.DescriptionTooLong => $"说明太长了，请控制在{ProgressEntry.MaxDescriptionLength}字以内。",
        _ => "佐证材料的名称或链接太长了。",
    };

    public override string ReportProblemRequiredDescription => "请填写做了哪些工作（必填）。";

    public override string ProgressSaved(int finding, ProgressEntryKind kind, string change) => kind switch
    {
        Domain.Findings.ProgressEntryKind.SignOff => $"第{finding}项已销号：{change}。",
        Domain.Findings.ProgressEntryKind.Reopen => $"第{finding}项已重新打开：{change}。",
        Domain.Findings.ProgressEntryKind.EvidenceAdded => $"已为第{finding}项补充佐证材料。",
        Domain.Findings.ProgressEntryKind.Correction => $"已更正第{finding}项的记录：{change}。原记录仍保留在历史中，标为已更正。",
        _ => $"已记录第{finding}项的进展：{change}。",
    };

    public override string RuleBroken(FindingRuleException rule) => rule switch
    {
        FindingClosedException closed => $"第{closed.FindingNumber}项已销号，不能再汇报进展。如问题反弹回潮，请领导先重新打开，例如“重新打开第{closed.FindingNumber}项：原因”。",
        MeasureNotFoundException measure => measure.MeasureCount == 0
            ? $"第{measure.FindingNumber}项没有列出措施。"
            : $"第{measure.FindingNumber}项只有{measure.MeasureCount}条措施，没有第{measure.MeasureOrdinal}条。",
        NextStepNotFoundException step => step.StepCount == 0
            ? $"第{step.FindingNumber}项没有下一步工作。"
            : $"第{step.FindingNumber}项只有{step.StepCount}项下一步工作，没有下一步{step.StepOrdinal}。",
        FindingNotCompletedException open => (open.OpenMeasureOrdinals.Count, open.OpenNextStepOrdinals.Count) switch
        {
            (0, 0) => $"第{open.FindingNumber}项尚未完成，不能销号。",
            (_, 0) => $"第{open.FindingNumber}项尚未完成，不能销号：措施{string.Join("、", open.OpenMeasureOrdinals)}还未完成。",
            (0, _) => $"第{open.FindingNumber}项尚未完成，不能销号：{string.Join("、", open.OpenNextStepOrdinals.Select(NextStepNumber))}还未完成。",
            _ => $"第{open.FindingNumber}项尚未完成，不能销号：措施{string.Join("、", open.OpenMeasureOrdinals)}和{string.Join("、", open.OpenNextStepOrdinals.Select(NextStepNumber))}还未完成。",
        },
        SignOffEvidenceMissingException missing => SignOffEvidenceMissing(missing.FindingNumber, missing.Missing),
        SignOffReasonRequiredException reason => SignOffReasonRequired(reason.FindingNumber),
        FindingAlreadySignedOffException signed => $"第{signed.FindingNumber}项已经销号了。",
        FindingAlreadyOpenException reopened => $"第{reopened.FindingNumber}项正在整改中，只有已完成或已销号的问题才能重新打开。",
        ReopenReasonRequiredException reason => AskReopenReason(reason.FindingNumber),
        NoEntryToCorrectException none => none switch
        {
            { MeasureOrdinal: { } measure } => $"第{none.FindingNumber}项第{measure}条措施还没有人汇报过进展，没有可更正的记录。",
            { NextStepOrdinal: { } step } => $"第{none.FindingNumber}项下一步{step}还没有人汇报过进展，没有可更正的记录。",
            _ => $"第{none.FindingNumber}项还没有关于问题整体的汇报，没有可更正的记录。",
        },
        CorrectionNotApplicableException notApplicable => $"第{notApplicable.FindingNumber}项最新的记录是关于问题整体的，只能更正文字，不能更正状态。",
        NoEntryToBackException none => NoEntryToBack(none.FindingNumber, none.MeasureOrdinal),
        _ => "这项修改不符合台账规则，未保存。",
    };

    public override string ChangedMeanwhile(int finding) => $"第{finding}项刚刚被其他人修改，您的修改未保存。以下是最新情况，请核对后再汇报。";

    public override string Refusal(RefusalReason reason) => reason switch
    {
        RefusalReason.UnknownPerson => "您尚未登记为汇报人员，不能在这里汇报或修改。",
        RefusalReason.PersonInactive => "您的账号已被停用，不能汇报或修改。",
        RefusalReason.FindingUnassigned => "这一项还没有指定责任处室，暂时只有领导和管理员可以汇报。",
        RefusalReason.PersonWithoutDepartment => "您的登记信息中没有所属处室，暂时不能汇报。",
        RefusalReason.OtherDepartment => "这一项由其他处室负责，您不能汇报它的进展。",
        RefusalReason.LeaderRequired => "只有领导可以销号或重新打开问题。",
        RefusalReason.AdminRequired => "只有管理员可以这样做。",
        RefusalReason.AuthorOrAdminRequired => "只有这条记录的填报人或管理员可以更正它。",
        _ => "这样会使系统没有管理员，不能这样做。",
    };

    public override string WhomToAsk(PersonRole role, IReadOnlyList<string> names) => names.Count == 0
        ? (role == PersonRole.Leader ? "请联系分管领导。" : "请联系系统管理员。")
        : (role == PersonRole.Leader ? "请联系领导：" : "请联系管理员：") + string.Join("、", names) + "。";

    public override string AskWhichFindingToSignOff => "要销号哪一项？例如“销号第十四项”。";

    public override string AskWhichFindingToReopen => "要重新打开哪一项？请说明原因，例如“重新打开第十四项：反弹回潮”。";

    public override string AskReopenReason(int finding) => $"重新打开第{finding}项需要说明原因，例如“重新打开第{finding}项：反弹回潮”。";

    public override string ConfirmTitle => "请确认以下进展";

    public override string SavedTitle => "进展已保存";

    public override string ConfirmSubjectLabel => "汇报内容";

    public override string ConfirmBeforeLabel => "原状态";

    public override string ConfirmAfterLabel => "新状态";

    public override string ConfirmDescriptionLabel => "工作说明";

    public override string ConfirmEvidenceLabel => "佐证材料";

    public override string ConfirmAction => "确认保存";

    public override string CancelAction => "取消";

    public override string ConfirmWord => "确认";

    public override string CancelWord => "取消";

    public override string FormTitle(int finding) => $"汇报第{finding}项进展";

    public override string FormMeasureLabel => "措施";

    public override string FormStatusLabel => "状态";

    public override string FormPercentLabel => "完成百分比（0–100，可不填）";

    public override string FormDescriptionLabel => "做了哪些工作（必填）";

    public override string FormEvidenceLabel => "佐证材料（链接或名称，可不填）";

    public override string FormSubmitAction => "提交";

    public override string AdminUsage => "管理员命令：\n添加人员 <用户ID> <姓名> <员工|领导|管理员> [处室]\n设置角色 <用户ID> <员工|领导|管理员>\n绑定账号 <用户ID> <telegram|teams> <账号ID>\n设为部门负责人 <用户ID>　取消部门负责人 <用户ID>\n人员列表\n分配 <问题编号> <处室> [责任领导] [期限，如2024-09-30]\n（也可用 /people add、/people set-role、/people link、/people head <用户ID> on|off、/people list、/assign）\n也可以直接说，例如“把张三加为办公室工作人员”（张三先给机器人发过消息即可）“把王五改成管理员”“第五项的完成时限改为2024年12月31日”，执行前会请您确认。";

    public override string RoleName(PersonRole role) => role switch
    {
        PersonRole.Leader => "领导",
        PersonRole.Admin => "管理员",
        _ => "员工",
    };

    public override string AdminPeopleHeading(int count) => $"已登记人员（{count}）：";

    public override string AdminPersonChange(PersonChangeKind kind, string id, string name, PersonRole? role, string? department) => kind switch
    {
        PersonChangeKind.Added or PersonChangeKind.Reactivated => $"已添加{name}（{id}），角色：{RoleName(role ?? PersonRole.Staff)}" + (department is null ? "。" : $"，处室：{department}。"),
        PersonChangeKind.Updated => $"已将{name}（{id}）的角色设为{RoleName(role ?? PersonRole.Staff)}。",
        PersonChangeKind.Unchanged => $"{name}（{id}）的信息没有变化。",
        PersonChangeKind.AlreadyExists => $"{id}已登记为{name}，如需修改请用“设置角色”。",
        PersonChangeKind.NotFound => $"没有找到用户{id}。",
        PersonChangeKind.Inactive => $"{name}（{id}）已被停用，请先重新添加。",
        _ => $"未能修改{id}。",
    };


    public override string SupersededEntry => "已被更正";

    public override string DialogReplaced => "之前未完成的汇报已放弃（未保存），现在处理您的新消息。";

    public override string FormMeasureRequired => "请选择一条措施，或“整体”。";
}
