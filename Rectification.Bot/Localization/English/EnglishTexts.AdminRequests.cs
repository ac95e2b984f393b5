using Rectification.Domain.Findings;
using Rectification.Domain.People;

namespace Rectification.Bot.Localization;

internal sealed partial class EnglishTexts
{
    public override string AdminRequestMissing(AdminRequestPart part, string subject) => part switch
    {
        AdminRequestPart.Role => $"Which role should {subject} have: staff, leader or admin? For example \"make {subject} an admin\".",
        AdminRequestPart.NewPersonRole => $"As what should {subject} be added? For example \"add {subject} as staff in 科技金融处\" or \"add {subject} as a leader\".",
        AdminRequestPart.Department => $"Which department should item {subject} go to? For example \"assign item {subject} to 科技金融处, leader 李局长, due 2024-12-31\" (leader and deadline are optional).",
        AdminRequestPart.Deadline => $"Please give item {subject}'s new deadline as a full date, for example \"set the deadline of item {subject} to 2024-12-31\".",
        _ => AdminUsage,
    };

    public override string AdminPersonNotFound(string name) =>
        $"No registered person is called \"{name}\"; nothing was changed. Send \"/people list\" to see who is registered; add a new person with \"add {name} as staff in …\".";

    public override string AskWhichPerson(string name, int count) => $"{count} registered people are called \"{name}\". Which one? Reply with the user id or the number:";

    public override string NotOneOfThesePeople(int count) => $"Please reply with one of the user ids above, or a number from 1 to {count}.";

    public override string AskUserId(string name) =>
        $"{name} has not written to me recently, so I cannot tell their account from the name. Ask {name} to send me a message and then say it again; in Teams you can also @mention {name}; or reply with {name}'s user id (in Teams their AAD object id; in the terminal chat the --user value).";

    public override string UserIdTaken(string id, string name) => $"The user id \"{id}\" is already registered as {name}; please give another. To change {name}'s role, say \"make {name} a leader\" or similar.";

    public override string NotAUserId => "A user id is one word without spaces, such as \"zhangsan\" or a GUID.";

    public override string HelpStepAdminPerson => "Reply with this person's user id (one word). Reply \"cancel\" at any time to change nothing.";

    public override string HelpStepAdminConfirm => "Reply \"confirm\" to make this change, or \"cancel\" to drop it (nothing is changed).";

    public override string ConfirmRoleChange(string name, string id, PersonRole? current, PersonRole role) =>
        current is { } before
            ? $"Please confirm: change {name} ({id}) from {RoleName(before)} to {RoleName(role)}?"
            : $"Please confirm: make {name} ({id}) {RoleName(role)}?";

    public override string ConfirmAddPerson(string name, string id, PersonRole role, string? department) =>
        $"Please confirm: add {name} ({id}) as {RoleName(role)}" + (department is null ? "?" : $" in {department}?");

    public override string ConfirmAssignment(int finding, string? department, string? leader, Deadline? deadline) =>
        $"Please confirm: {Assignment(finding, department, leader, deadline)}?";

    public override string ConfirmMeasureDeadline(int finding, int measure, Deadline deadline) =>
        $"Please confirm: set the deadline of item {finding}.{measure} to {DeadlineText(deadline)}?";

    public override string AdminMeasureDeadlineSet(int finding, int measure, Deadline deadline) =>
        $"Item {finding}.{measure} is now due: {DeadlineText(deadline)}.";

    public override string AdminAssigned(int finding, string? department, string? leader, Deadline? deadline) =>
        department is null
            ? $"Item {finding} updated: {Details(leader, deadline)}."
            : $"Item {finding} is now assigned to {department}" + (leader is null && deadline is null ? "." : $" ({Details(leader, deadline)}).");

    public override string ConfirmOrCancel => "Reply \"confirm\" to go ahead, or \"cancel\" to drop it.";

    private string Assignment(int finding, string? department, string? leader, Deadline? deadline) =>
        department is null
            ? $"for item {finding}, {Details(leader, deadline)}"
            : $"assign item {finding} to {department}" + (leader is null && deadline is null ? string.Empty : $" ({Details(leader, deadline)})");

    private string Details(string? leader, Deadline? deadline) => string.Join(", ", new[]
    {
        leader is null ? null : "leader " + leader,
        deadline is null ? null : "deadline " + DeadlineText(deadline),
    }.OfType<string>());
}
