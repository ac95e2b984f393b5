using Rectification.Domain.Findings;
using Rectification.Domain.People;
using Rectification.Tests.Findings;

namespace Rectification.Tests.People;

public sealed class ReportingPolicyTests
{
    private static readonly DateTime At = new(2024, 9, 1, 8, 0, 0, DateTimeKind.Utc);
    private static readonly ProgressAuthor Admin = new("admin-1", "王五", ProgressSource.Administration, "cli");

    private static Finding AssignedTo(string? department)
    {
        var finding = ReferenceRound.Finding();
        if (department is not null)
        {
            finding.AssignResponsibility(department, null, null, Admin, At);
        }

        return finding;
    }

    private static Person Someone(PersonRole role, string? department = null) => TestPeople.Microsoft($"{role}-1", "某人", role, department, At);

    [Fact]
    public void Staff_may_report_on_findings_of_their_own_department()
    {
        var decision = ReportingPolicy.CanReport(Someone(PersonRole.Staff, "综合处"), AssignedTo("综合处"), allowUnknown: false);

        Assert.True(decision.IsAllowed);
    }

    [Fact]
    public void Departments_match_trimmed_and_ignoring_case()
    {
        Assert.True(ReportingPolicy.CanReport(Someone(PersonRole.Staff, " Legal Office "), AssignedTo("legal office"), false).IsAllowed);
    }

    [Fact]
    public void Staff_of_another_department_are_refused()
    {
        var decision = ReportingPolicy.CanReport(Someone(PersonRole.Staff, "法规处"), AssignedTo("综合处"), allowUnknown: true);

        Assert.Equal(RefusalReason.OtherDepartment, decision.Refusal);
        Assert.Equal(PersonRole.Admin, decision.Refusal!.Value.WhomToAsk());
    }

    [Fact]
    public void Staff_may_not_report_on_a_finding_no_department_is_responsible_for_and_should_ask_an_admin()
    {
        var decision = ReportingPolicy.CanReport(Someone(PersonRole.Staff, "综合处"), AssignedTo(null), allowUnknown: true);

        Assert.Equal(RefusalReason.FindingUnassigned, decision.Refusal);
        Assert.Equal(PersonRole.Admin, decision.Refusal!.Value.WhomToAsk());
    }

    [Fact]
    public void Staff_without_a_department_are_refused()
    {
        Assert.Equal(RefusalReason.PersonWithoutDepartment, ReportingPolicy.CanReport(Someone(PersonRole.Staff), AssignedTo("综合处"), true).Refusal);
    }

    [Theory]
    [InlineData(PersonRole.Leader)]
    [InlineData(PersonRole.Admin)]
    public void Leaders_and_admins_may_report_on_any_finding(PersonRole role)
    {
        Assert.True(ReportingPolicy.CanReport(Someone(role, "别的处"), AssignedTo("综合处"), false).IsAllowed);
        Assert.True(ReportingPolicy.CanReport(Someone(role), AssignedTo(null), false).IsAllowed);
    }

    [Fact]
    public void Unknown_users_are_refused_when_not_allowed_and_allowed_when_they_are()
    {
        Assert.Equal(RefusalReason.UnknownPerson, ReportingPolicy.CanReport(null, AssignedTo("综合处"), allowUnknown: false).Refusal);
        Assert.True(ReportingPolicy.CanReport(null, AssignedTo("综合处"), allowUnknown: true).IsAllowed);
        Assert.Equal(PersonRole.Admin, RefusalReason.UnknownPerson.WhomToAsk());
    }

    [Fact]
    public void Removed_people_are_refused_everything_even_where_unknown_users_may_report()
    {
        var removed = Someone(PersonRole.Admin, "综合处");
        removed.Deactivate(At);

        Assert.Equal(RefusalReason.PersonInactive, ReportingPolicy.CanReport(removed, AssignedTo("综合处"), allowUnknown: true).Refusal);
        Assert.Equal(RefusalReason.PersonInactive, ReportingPolicy.CanAdminister(removed).Refusal);
    }

    [Fact]
    public void Only_leaders_sign_off_and_reopen()
    {
        Assert.True(ReportingPolicy.CanSignOff(Someone(PersonRole.Leader)).IsAllowed);
        Assert.True(ReportingPolicy.CanReopen(Someone(PersonRole.Leader)).IsAllowed);
        foreach (var role in new[] { PersonRole.Staff, PersonRole.Admin })
        {
            Assert.Equal(RefusalReason.LeaderRequired, ReportingPolicy.CanSignOff(Someone(role)).Refusal);
            Assert.Equal(RefusalReason.LeaderRequired, ReportingPolicy.CanReopen(Someone(role)).Refusal);
        }

        Assert.Equal(RefusalReason.UnknownPerson, ReportingPolicy.CanSignOff(null).Refusal);
        Assert.Equal(PersonRole.Leader, RefusalReason.LeaderRequired.WhomToAsk());
    }

    [Fact]
    public void Only_admins_correct_entries_and_administer()
    {
        Assert.True(ReportingPolicy.CanCorrect(Someone(PersonRole.Admin)).IsAllowed);
        Assert.True(ReportingPolicy.CanAdminister(Someone(PersonRole.Admin)).IsAllowed);
        Assert.Equal(RefusalReason.AdminRequired, ReportingPolicy.CanCorrect(Someone(PersonRole.Leader)).Refusal);
        Assert.Equal(RefusalReason.AdminRequired, ReportingPolicy.CanAdminister(Someone(PersonRole.Staff)).Refusal);
    }

    [Fact]
    public void The_command_line_operator_is_trusted_with_everything()
    {
        var @operator = Actor.Operator("root (command line)");

        foreach (var action in Enum.GetValues<ReportingAction>())
        {
            Assert.True(ReportingPolicy.Decide(action, @operator, AssignedTo(null), allowUnknown: false).IsAllowed);
        }
    }
}
