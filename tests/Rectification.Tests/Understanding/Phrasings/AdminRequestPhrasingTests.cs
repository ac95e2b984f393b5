using Rectification.Bot.Conversation.Understanding.Intents;
using Rectification.Domain.People;

namespace Rectification.Tests.Understanding.Phrasings;

/// <summary>Administrators' requests in plain words: roles, new people, assignments and deadlines, and what is missing.</summary>
public sealed class AdminRequestPhrasingTests
{
    private static readonly DateOnly EndOf2024 = new(2024, 12, 31);

    public static TheoryData<string, Intent> Cases => new()
    {
        // A new role, by name.
        { "把王五改成管理员", new SetRoleRequestIntent("王五", PersonRole.Admin) },
        { "把王五设为领导", new SetRoleRequestIntent("王五", PersonRole.Leader) },
        { "把王五改成管理员。", new SetRoleRequestIntent("王五", PersonRole.Admin) },
        { "请把王五的角色改为领导", new SetRoleRequestIntent("王五", PersonRole.Leader) },
        { "麻烦把 王五 改成 员工", new SetRoleRequestIntent("王五", PersonRole.Staff) },
        { "把王五设置为普通员工", new SetRoleRequestIntent("王五", PersonRole.Staff) },
        { "将王五调整为工作人员", new SetRoleRequestIntent("王五", PersonRole.Staff) },
        { "把李四升为管理员！", new SetRoleRequestIntent("李四", PersonRole.Admin) },
        { "王五设为领导", new SetRoleRequestIntent("王五", PersonRole.Leader) },
        { "王五的角色改成管理员", new SetRoleRequestIntent("王五", PersonRole.Admin) },
        { "设置王五为领导", new SetRoleRequestIntent("王五", PersonRole.Leader) },
        { "设王五为管理员", new SetRoleRequestIntent("王五", PersonRole.Admin) },
        { "把chat-staff改成领导", new SetRoleRequestIntent("chat-staff", PersonRole.Leader) },
        { "把王五改成局领导", new SetRoleRequestIntent("王五", PersonRole.Leader) },
        { "make Wang Wu an admin", new SetRoleRequestIntent("Wang Wu", PersonRole.Admin) },
        { "Make Wang Wu a leader.", new SetRoleRequestIntent("Wang Wu", PersonRole.Leader) },
        { "please make 王五 admin", new SetRoleRequestIntent("王五", PersonRole.Admin) },
        { "make wangwu staff", new SetRoleRequestIntent("wangwu", PersonRole.Staff) },
        { "set 王五's role to leader", new SetRoleRequestIntent("王五", PersonRole.Leader) },
        { "set Wang Wu's role to administrator", new SetRoleRequestIntent("Wang Wu", PersonRole.Admin) },
        { "change the role of Wang Wu to staff", new SetRoleRequestIntent("Wang Wu", PersonRole.Staff) },
        { "promote Wang Wu to leader", new SetRoleRequestIntent("Wang Wu", PersonRole.Leader) },
        { "change Wang Wu to a staff member", new SetRoleRequestIntent("Wang Wu", PersonRole.Staff) },

        // A role change with the role missing: asked for, not guessed.
        { "把王五改成", new SetRoleRequestIntent("王五", null) },
        { "把王五的角色改为", new SetRoleRequestIntent("王五", null) },
        { "set Wang Wu's role", new SetRoleRequestIntent("Wang Wu", null) },
        { "set 王五's role to", new SetRoleRequestIntent("王五", null) },

        // A new person.
        { "添加张三为科技金融处的工作人员", new AddPersonRequestIntent("张三", PersonRole.Staff, "科技金融处") },
        { "添加张三为科技金融处工作人员", new AddPersonRequestIntent("张三", PersonRole.Staff, "科技金融处") },
        { "添加张三为领导", new AddPersonRequestIntent("张三", PersonRole.Leader, null) },
        { "新增人员张三为管理员", new AddPersonRequestIntent("张三", PersonRole.Admin, null) },
        { "请添加 张三 为 综合处 的 员工", new AddPersonRequestIntent("张三", PersonRole.Staff, "综合处") },
        { "添加科技金融处的张三为员工", new AddPersonRequestIntent("张三", PersonRole.Staff, "科技金融处") },
        { "帮我添加一名同事赵六作为综合处的员工", new AddPersonRequestIntent("赵六", PersonRole.Staff, "综合处") },
        { "add 张三 as staff in 科技金融处", new AddPersonRequestIntent("张三", PersonRole.Staff, "科技金融处") },
        { "Add Zhang San as a leader", new AddPersonRequestIntent("Zhang San", PersonRole.Leader, null) },
        { "add Zhang San as an admin.", new AddPersonRequestIntent("Zhang San", PersonRole.Admin, null) },
        { "please add 张三 as a staff member of 综合处", new AddPersonRequestIntent("张三", PersonRole.Staff, "综合处") },
        { "add 张三 to 科技金融处 as staff", new AddPersonRequestIntent("张三", PersonRole.Staff, "科技金融处") },
        { "register Zhang San as staff in 综合处", new AddPersonRequestIntent("Zhang San", PersonRole.Staff, "综合处") },

        // A new person with the role missing.
        { "添加人员张三", new AddPersonRequestIntent("张三", null, null) },
        { "add a new person Zhang San", new AddPersonRequestIntent("Zhang San", null, null) },

        // Responsibility for a finding.
        { "分配第十三项 科技金融处 李局长 2024-12-31", new AssignRequestIntent(13, "科技金融处", "李局长", EndOf2024) },
        { "分配第13项 科技金融处 李局长 2024-12-31", new AssignRequestIntent(13, "科技金融处", "李局长", EndOf2024) },
        { "分配十三 科技金融处", new AssignRequestIntent(13, "科技金融处", null, null) },
        { "分配第十三项，科技金融处，李局长，2024年12月31日", new AssignRequestIntent(13, "科技金融处", "李局长", EndOf2024) },
        { "分配第十三项 科技金融处 责任领导:李局长 期限2024/12/31", new AssignRequestIntent(13, "科技金融处", "李局长", EndOf2024) },
        { "分配 第十三项 科技金融处", new AssignRequestIntent(13, "科技金融处", null, null) },
        { "分配第十三项", new AssignRequestIntent(13, null, null, null) },
        { "让科技金融处负责第五项", new AssignRequestIntent(5, "科技金融处", null, null) },
        { "由综合处负责第五项。", new AssignRequestIntent(5, "综合处", null, null) },
        { "第五项由科技金融处负责", new AssignRequestIntent(5, "科技金融处", null, null) },
        { "把第十三项分配给科技金融处", new AssignRequestIntent(13, "科技金融处", null, null) },
        { "把第5项交给综合处负责", new AssignRequestIntent(5, "综合处", null, null) },
        { "assign item 13 to 科技金融处", new AssignRequestIntent(13, "科技金融处", null, null) },
        { "assign item 13 to 科技金融处, leader 李局长, due 2024-12-31", new AssignRequestIntent(13, "科技金融处", "李局长", EndOf2024) },
        { "make 科技金融处 responsible for item 5", new AssignRequestIntent(5, "科技金融处", null, null) },
        { "let 综合处 handle finding 5", new AssignRequestIntent(5, "综合处", null, null) },

        // Deadlines.
        { "第五项的完成时限改为2024年12月31日", new SetDeadlineRequestIntent(5, EndOf2024) },
        { "第五项的完成时限改为 2024-12-31", new SetDeadlineRequestIntent(5, EndOf2024) },
        { "把第5项的期限改成2024.12.31", new SetDeadlineRequestIntent(5, EndOf2024) },
        { "第五项整改时限延长到2024年12月31号", new SetDeadlineRequestIntent(5, EndOf2024) },
        { "第五项延期到20241231", new SetDeadlineRequestIntent(5, EndOf2024) },
        { "set the deadline of item 5 to 2024-12-31", new SetDeadlineRequestIntent(5, EndOf2024) },
        { "Set the deadline for item 5 to 2024/12/31.", new SetDeadlineRequestIntent(5, EndOf2024) },
        { "change the due date of finding 5 to 2024-12-31", new SetDeadlineRequestIntent(5, EndOf2024) },
        { "set item 5's deadline to 2024-12-31", new SetDeadlineRequestIntent(5, EndOf2024) },
        { "extend item 5 to 2024-12-31", new SetDeadlineRequestIntent(5, EndOf2024) },

        // Deadlines missing or unreadable: asked for, never guessed.
        { "第五项的完成时限改为", new SetDeadlineRequestIntent(5, null) },
        { "第五项的完成时限改为年底", new SetDeadlineRequestIntent(5, null) },
        { "第五项的完成时限改为12月31日", new SetDeadlineRequestIntent(5, null) },
        { "第五项的期限改为2024-02-30", new SetDeadlineRequestIntent(5, null) },
        { "set the deadline of item 5", new SetDeadlineRequestIntent(5, null) },

        // A finding that does not exist is said so.
        { "第五十项的完成时限改为2024-12-31", new NumberOutOfRangeIntent("五十", 50, 1, 29) },
        { "分配第99项 综合处", new NumberOutOfRangeIntent("99", 99, 1, 29) },

        // Not administration: the ledger's own words stay with their rows.
        { "第五项的完成时限是什么时候", new FindingStatusIntent(5) },
        { "第五项进展如何", new FindingStatusIntent(5) },
        { "第五项由哪个处室负责", new FindingStatusIntent(5) },
        { "第五项为什么延期到现在", new FindingStatusIntent(5) },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void IsUnderstoodAs(string message, Intent expected) => Phrasings.Assert(message, expected);
}
