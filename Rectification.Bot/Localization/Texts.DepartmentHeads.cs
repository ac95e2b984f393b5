using Rectification.Domain.People;

namespace Rectification.Bot.Localization;

/// <summary>处室负责人: a department's head, set by an administrator, reached by yellow reminders.</summary>
public abstract partial class Texts
{
    /// <summary>What making someone the head of their department (or no longer) did.</summary>
    public abstract string DepartmentHeadChange(PersonChangeKind kind, string id, string name, string? department, bool head);

    /// <summary>The mark on a person's line in the people list: · 处室负责人.</summary>
    public abstract string DepartmentHeadMark { get; }
}
