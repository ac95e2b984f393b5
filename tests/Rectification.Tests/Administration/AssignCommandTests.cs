using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectification.Bot.Administration;
using Rectification.Domain.Findings;
using Rectification.Domain.People;
using Rectification.Domain.Progress;

namespace Rectification.Tests.Administration;

public sealed class AssignCommandTests
{
    [Fact]
    public async Task Assign_in_the_documented_form_sets_department_leader_and_deadline_and_records_who_did_it()
    {
        await using var host = await CommandHost.StartAsync();
        var before = await host.FindingAsync(14);

        var run = await host.RunAsync("assign", "14", "--department", "综合处", "--leader", "张三", "--due", "2024-09-30");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Empty(run.Error);
        Assert.Contains("Finding 14 assigned:", run.Output, StringComparison.Ordinal);
        var finding = await host.FindingAsync(14);
        Assert.Equal(("综合处", "张三", (DateOnly?)new DateOnly(2024, 9, 30)), (finding.ResponsibleDepartment, finding.ResponsibleLeader, finding.Deadline!.Date));
        Assert.Equal(before.History.Count + 1, finding.History.Count);
        var entry = finding.History.Single(e => e.Kind == ProgressEntryKind.Assignment);
        Assert.Equal((ProgressSource.Administration, Actor.CommandLineChannel), (entry.Source, entry.Channel));
        Assert.EndsWith("（命令行）", entry.AuthorName, StringComparison.Ordinal);
        Assert.Contains("完成时限：- → 2024-09-30", entry.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assign_takes_immediate_and_ongoing_with_a_review_date_for_a_finding_and_for_a_measure()
    {
        await using var host = await CommandHost.StartAsync();

        var immediate = await host.RunAsync("assign", "14", "--due", "immediate");
        var ongoing = await host.RunAsync("assign", "14.3", "--due", "ongoing", "--review", "2025-06-30");

        Assert.True(immediate.ExitCode == ExitCodes.Success, immediate.Error);
        Assert.True(ongoing.ExitCode == ExitCodes.Success, ongoing.Error);
        Assert.Contains("due 立行立改", immediate.Output, StringComparison.Ordinal);
        Assert.Contains("第3条完成时限：- → 长期坚持（2025-06-30复查）", ongoing.Output, StringComparison.Ordinal);
        var finding = await host.FindingAsync(14);
        Assert.Equal(DeadlineKind.Immediately, finding.Deadline!.Kind);
        Assert.Equal(Deadline.Ongoing(new DateOnly(2025, 6, 30)), finding.FindMeasure(3)!.Deadline);
    }

    [Theory]
    [InlineData("14", "--due", "2024-09-30", "--review", "2025-06-30")]
    [InlineData("14.2", "--leader", "张三", "--due", "immediate")]
    [InlineData("14.2", "--department", "综合处")]
    public async Task Assign_refuses_a_review_date_without_ongoing_and_a_measure_given_anything_but_its_deadline(params string[] arguments)
    {
        await using var host = await CommandHost.StartAsync();
        var before = (await host.FindingAsync(14)).History.Count;

        var run = await host.RunAsync(["assign", .. arguments]);

        Assert.NotEqual(ExitCodes.Success, run.ExitCode);
        Assert.Equal(before, (await host.FindingAsync(14)).History.Count);
    }

    [Fact]
    public async Task Assign_points_out_a_department_nobody_reports_for_and_an_unregistered_leader()
    {
        await using var host = await CommandHost.StartAsync();

        var run = await host.RunAsync("assign", "14", "--department", "综合处", "--leader", "张三");

        Assert.Contains("Note: no staff of 综合处 is registered", run.Output, StringComparison.Ordinal);
        Assert.Contains("Note: no registered leader is named 张三", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_assignment_the_departments_staff_may_report_and_others_may_not()
    {
        await using var host = await CommandHost.StartAsync();
        await host.RunAsync("people", "add", "--id", "u1", "--name", "李四", "--role", "staff", "--department", "综合处");
        await host.RunAsync("people", "add", "--id", "u2", "--name", "赵六", "--role", "staff", "--department", "法规处");
        var run = await host.RunAsync("assign", "14", "--department", "综合处");
        Assert.DoesNotContain("Note:", run.Output, StringComparison.Ordinal);

        await using var scope = host.Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<PeopleDirectory>();
        var recorder = scope.ServiceProvider.GetRequiredService<ProgressRecorder>();
        var own = await directory.IdentifyAsync(new ChannelIdentity(IdentityRealm.Microsoft, "u1"), "msteams", CancellationToken.None);
        var other = await directory.IdentifyAsync(new ChannelIdentity(IdentityRealm.Microsoft, "u2"), "msteams", CancellationToken.None);

        Assert.IsType<ProgressRecorded>(await recorder.RecordMeasureProgressAsync(own, 14, 1, MeasureStatus.InProgress, 50, "一是过半", null, CancellationToken.None));
        Assert.Equal(RefusalReason.OtherDepartment, Assert.IsType<ProgressRefused>(
            await recorder.RecordMeasureProgressAsync(other, 14, 1, MeasureStatus.InProgress, 60, "一是六成", null, CancellationToken.None)).Reason);
    }

    [Theory]
    [InlineData("2024/9/30")]
    [InlineData("2024年9月30日")]
    [InlineData("20240930")]
    public async Task Dates_are_taken_in_the_usual_forms(string due)
    {
        await using var host = await CommandHost.StartAsync();

        Assert.Equal(ExitCodes.Success, (await host.RunAsync("assign", "14", "--due", due)).ExitCode);
        Assert.Equal(new DateOnly(2024, 9, 30), (await host.FindingAsync(14)).Deadline);
    }

    [Fact]
    public async Task An_unknown_finding_is_refused_naming_the_numbers_there_are()
    {
        await using var host = await CommandHost.StartAsync();

        var run = await host.RunAsync("assign", "99", "--department", "综合处");

        Assert.Equal(ExitCodes.Refused, run.ExitCode);
        Assert.Contains("There is no finding 99; findings are numbered 1–", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }
}

/// <summary>Command lines that cannot be understood change nothing, so these tests share one host.</summary>
public sealed class AssignCommandUsageTests(SharedCommandHost shared) : IClassFixture<SharedCommandHost>
{
    [Theory]
    [InlineData("Name the finding", "assign", "--department", "综合处")]
    [InlineData("'fourteen' is not a finding number", "assign", "fourteen", "--department", "综合处")]
    [InlineData("'-3' is not a finding number", "assign", "-3", "--department", "综合处")]
    [InlineData("--due '30/09/2024' is not a date", "assign", "14", "--due", "30/09/2024")]
    [InlineData("--due '2024-02-30' is not a date", "assign", "14", "--due", "2024-02-30")]
    [InlineData("Say what to assign", "assign", "14")]
    [InlineData("Unknown option --owner", "assign", "14", "--owner", "张三")]
    [InlineData("Unexpected argument '15'", "assign", "14", "15", "--department", "综合处")]
    [InlineData("--department needs a value", "assign", "14", "--department")]
    public async Task Bad_arguments_exit_with_2_and_one_line_saying_what_is_wrong(string explanation, params string[] words)
    {
        var host = shared.Host;
        var before = await host.FindingAsync(14);

        var run = await host.RunAsync(words);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("assign: ", line, StringComparison.Ordinal);
        Assert.Contains(explanation, line, StringComparison.Ordinal);
        Assert.Contains("Usage: assign <finding number>", line, StringComparison.Ordinal);
        Assert.Equal(before.Version, (await host.FindingAsync(14)).Version);
    }
}
