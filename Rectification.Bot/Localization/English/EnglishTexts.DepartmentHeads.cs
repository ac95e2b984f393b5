using Rectification.Domain.People;

namespace Rectification.Bot.Localization;

internal sealed partial class EnglishTexts
{
    public override string DepartmentHeadChange(PersonChangeKind kind, string id, string name, string? department, bool head) => kind switch
    {
        PersonChangeKind.Updated when head => $"{name} ({id}) is now the head of {department}: yellow supervision reminders reach them too.",
        PersonChangeKind.Updated => $"{name} ({id}) is no longer the head of {department}.",
        PersonChangeKind.Unchanged when head => $"{name} ({id}) already heads {department}.",
        PersonChangeKind.Unchanged => $"{name} ({id}) was not a department head.",
        PersonChangeKind.NoDepartment => $"{name} ({id}) has no department yet, so cannot head one; set their department first (people set-department).",
        PersonChangeKind.NotFound => $"There is no user {id}.",
        PersonChangeKind.Inactive => $"{name} ({id}) was removed; add them again first.",
        _ => $"Could not change {id}.",
    };

    public override string DepartmentHeadMark => "department head";
}
