using Rectification.Domain.Findings;
using Rectification.Domain.People;

namespace Rectification.Bot.Localization;

internal sealed partial class ChineseTexts
{
    public override string AdminRequestMissing(AdminRequestPart part, string subject) => part switch
    {
        AdminRequestPart.Role => $"要把{subject}改成什么角色？请说明员工、领导或管理员，例如“把{subject}改成管理员”。",
        AdminRequestPart.NewPersonRole => $"要添加{subject}为什么角色？例如“添加{subject}为科技金融处的工作人员”或“添加{subject}为领导”。",
        AdminRequestPart.Department => $"第{subject}项要分配给哪个处室？例如“分配第{subject}项 科技金融处 李局长 2024-12-31”（责任领导和期限可以不写）。",
        AdminRequestPart.Deadline => $"请写明第{subject}项新的完成时限（年月日），例如“第{subject}项的完成时限改为2024年12月31日”。",
        _ => AdminUsage,
    };

    public override string AdminPersonNotFound(string name) =>
        $"没有找到名为“{name}”的在册人员，未做任何更改。发送“人员列表”查看已登记的人员；新人员请用“添加{name}为…的工作人员”。";

    public override string AskWhichPerson(string name, int count) => $"有{count}位在册人员叫“{name}”，是哪一位？请回复用户ID或序号：";

    public override string NotOneOfThesePeople(int count) => $"请回复上面列出的用户ID，或序号1–{count}。";

    public override string AskUserId(string name) =>
        $"{name}最近没有给本机器人发过消息，我无法从姓名得知其账号。可以请{name}先给机器人发一条消息，再说一次；在Teams中也可以@提及{name}；或者直接回复{name}的用户ID（Teams中为其AAD对象ID，终端聊天中为--user的值）。";

    public override string UserIdTaken(string id, string name) => $"用户ID“{id}”已登记为{name}，请换一个ID；要修改{name}的角色，请说“把{name}改成领导”之类。";

    public override string NotAUserId => "用户ID是一串不含空格的字符，例如“zhangsan”或一个GUID。";

    public override string HelpStepAdminPerson => "请回复这位人员的用户ID（不含空格）。随时可以回复“取消”放弃，不会做任何更改。";

    public override string HelpStepAdminConfirm => "回复“确认”执行这项更改，回复“取消”放弃（不会做任何更改）。";

    public override string ConfirmRoleChange(string name, string id, PersonRole? current, PersonRole role) =>
        current is { } before
            ? $"请确认：将{name}（{id}）的角色由{RoleName(before)}改为{RoleName(role)}？"
            : $"请确认：将{name}（{id}）的角色改为{RoleName(role)}？";

    public override string ConfirmAddPerson(string name, string id, PersonRole role, string? department) =>
        $"请确认：添加{name}（{id}）为" + (department is null ? string.Empty : department + "的") + $"{RoleName(role)}？";

    public override string ConfirmAssignment(int finding, string? department, string? leader, Deadline? deadline) =>
        $"请确认：{Assignment(finding, department, leader, deadline)}？";

    public override string ConfirmMeasureDeadline(int finding, int measure, Deadline deadline) =>
        $"请确认：将第{finding}项第{measure}条的完成时限改为{DeadlineText(deadline)}？";

    public override string AdminMeasureDeadlineSet(int finding, int measure, Deadline deadline) =>
        $"已将第{finding}项第{measure}条的完成时限改为{DeadlineText(deadline)}。";

    public override string AdminAssigned(int finding, string? department, string? leader, Deadline? deadline) =>
        $"已{Assignment(finding, department, leader, deadline)}。";

    public override string ConfirmOrCancel => "回复“确认”执行，或“取消”放弃。";

    /// <summary>将第13项分配给科技金融处，责任领导：李局长，完成时限：2024年12月31日 — or, without a department, 将第5项的完成时限改为….</summary>
    private string Assignment(int finding, string? department, string? leader, Deadline? deadline)
    {
        var details = new[]
        {
            leader is null ? null : (department is null ? "责任领导改为" : "责任领导：") + leader,
            deadline is null ? null : (department is null ? "完成时限改为" : "完成时限：") + DeadlineText(deadline),
        }.OfType<string>();
        return department is null
            ? $"将第{finding}项的" + string.Join("，", details)
            : $"将第{finding}项分配给{department}" + string.Concat(details.Select(d => "，" + d));
    }
}
