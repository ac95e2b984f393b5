using Rectification.Domain.People;

namespace Rectification.Bot.Localization;

internal sealed partial class ChineseTexts
{
    public override string DepartmentHeadChange(PersonChangeKind kind, string id, string name, string? department, bool head) => kind switch
    {
        PersonChangeKind.Updated when head => $"已将{name}（{id}）设为{department}的处室负责人：黄色督办提醒会同时发给他/她。",
        PersonChangeKind.Updated => $"{name}（{id}）不再是{department}的处室负责人。",
        PersonChangeKind.Unchanged when head => $"{name}（{id}）已经是{department}的处室负责人。",
        PersonChangeKind.Unchanged => $"{name}（{id}）本来就不是处室负责人。",
        PersonChangeKind.NoDepartment => $"{name}（{id}）还没有所属处室，不能设为处室负责人；请先设置处室（people set-department）。",
        PersonChangeKind.NotFound => $"没有找到用户{id}。",
        PersonChangeKind.Inactive => $"{name}（{id}）已被停用，请先重新添加。",
        _ => $"未能修改{id}。",
    };

    public override string DepartmentHeadMark => "处室负责人";
}
