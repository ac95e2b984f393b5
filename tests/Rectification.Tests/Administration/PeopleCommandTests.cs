using Microsoft.EntityFrameworkCore;
using Rectification.Bot.Administration;
using Rectification.Domain.People;

namespace Rectification.Tests.Administration;

public sealed class PeopleCommandTests
{
    [Fact]
    public async Task People_add_in_the_documented_form_registers_the_person()
    {
        await using var host = await CommandHost.StartAsync();

        var run = await host.RunAsync("people", "add", "--id", "29:1abc", "--name", "李四", "--role", "staff", "--department", "综合处");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Empty(run.Error);
        Assert.Contains("Added staff 李四 (id 29:1abc, department 综合处)", run.Output, StringComparison.Ordinal);
        var person = await host.ReadAsync(db => db.People.SingleAsync());
        Assert.Equal(("29:1abc", "李四", PersonRole.Staff, "综合处", true), (person.Key, person.Name, person.Role, person.Department, person.Active));
    }

    [Theory]
    [InlineData("leader", PersonRole.Leader)]
    [InlineData("ADMIN", PersonRole.Admin)]
    [InlineData("领导", PersonRole.Leader)]
    public async Task People_add_takes_each_role_without_a_department(string role, PersonRole expected)
    {
        await using var host = await CommandHost.StartAsync();

        var run = await host.RunAsync("people", "add", "--id", "aad-1", "--name", "张三", "--role", role);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(expected, (await host.ReadAsync(db => db.People.SingleAsync())).Role);
    }

    [Fact]
    public async Task Adding_the_same_person_again_is_harmless_but_a_different_one_under_the_same_id_is_refused()
    {
        await using var host = await CommandHost.StartAsync();
        await host.RunAsync("people", "add", "--id", "u1", "--name", "李四", "--role", "staff", "--department", "综合处");

        var again = await host.RunAsync("people", "add", "--id", "u1", "--name", "李四", "--role", "staff", "--department", "综合处");
        var clash = await host.RunAsync("people", "add", "--id", "u1", "--name", "王五", "--role", "admin");

        Assert.Equal(ExitCodes.Success, again.ExitCode);
        Assert.Contains("unchanged", again.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Refused, clash.ExitCode);
        Assert.Contains("already registered", Assert.Single(clash.ErrorLines), StringComparison.Ordinal);
        Assert.Equal("李四", (await host.ReadAsync(db => db.People.SingleAsync())).Name);
    }

    [Fact]
    public async Task List_set_role_set_department_and_remove_manage_the_register()
    {
        await using var host = await CommandHost.StartAsync();
        await host.RunAsync("people", "add", "--id", "u1", "--name", "李四", "--role", "staff", "--department", "综合处");
        await host.RunAsync("people", "add", "--id", "u2", "--name", "张三", "--role", "leader");

        var list = await host.RunAsync("people", "list");
        Assert.Equal(ExitCodes.Success, list.ExitCode);
        var lines = list.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.StartsWith("ID", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains("张三", StringComparison.Ordinal) && l.Contains("leader", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("李四", StringComparison.Ordinal) && l.Contains("综合处", StringComparison.Ordinal));
        Assert.Equal("2 people.", lines[^1]);

        Assert.Equal(ExitCodes.Success, (await host.RunAsync("people", "set-role", "--id", "u1", "--role", "admin")).ExitCode);
        Assert.Equal(ExitCodes.Success, (await host.RunAsync("people", "set-department", "--id", "u1", "--department", "法规处")).ExitCode);
        var removed = await host.RunAsync("people", "remove", "--id", "u2");
        Assert.Equal(ExitCodes.Success, removed.ExitCode);
        Assert.Contains("Removed leader 张三", removed.Output, StringComparison.Ordinal);

        var people = await host.ReadAsync(db => db.People.OrderBy(p => p.Key).ToListAsync());
        Assert.Equal((PersonRole.Admin, "法规处", true), (people[0].Role, people[0].Department, people[0].Active));
        Assert.False(people[1].Active);

        var active = await host.RunAsync("people", "list");
        Assert.DoesNotContain("张三", active.Output, StringComparison.Ordinal);
        var all = await host.RunAsync("people", "list", "--all");
        Assert.Contains("removed", all.Output, StringComparison.Ordinal);

        var back = await host.RunAsync("people", "add", "--id", "u2", "--name", "张三", "--role", "leader");
        Assert.Equal(ExitCodes.Success, back.ExitCode);
        Assert.Contains("Added back", back.Output, StringComparison.Ordinal);
        Assert.Equal(2, await host.ReadAsync(db => db.People.CountAsync(p => p.Active)));
    }

    [Fact]
    public async Task Staff_whose_department_has_no_finding_yet_are_told_how_to_fix_it()
    {
        await using var host = await CommandHost.StartAsync();

        var run = await host.RunAsync("people", "add", "--id", "u1", "--name", "李四", "--role", "staff");
        var moved = await host.RunAsync("people", "set-department", "--id", "u1", "--department", "无此处室");

        Assert.Contains("Note: staff without a department cannot report", run.Output, StringComparison.Ordinal);
        Assert.Contains("Note: no finding is assigned to 无此处室 yet", moved.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_someone_nobody_registered_is_refused()
    {
        await using var host = await CommandHost.StartAsync();

        var remove = await host.RunAsync("people", "remove", "--id", "nobody");
        var setRole = await host.RunAsync("people", "set-role", "--id", "nobody", "--role", "leader");

        Assert.Equal((ExitCodes.Refused, ExitCodes.Refused), (remove.ExitCode, setRole.ExitCode));
        Assert.Contains("Nobody has id nobody", Assert.Single(remove.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_equals_form_of_options_works_too()
    {
        await using var host = await CommandHost.StartAsync();

        var run = await host.RunAsync("people", "add", "--id=u1", "--name=李四", "--role=staff", "--department=综合处");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
    }
}

/// <summary>Command lines that cannot be understood change nothing, so these tests share one host.</summary>
public sealed class PeopleCommandUsageTests(SharedCommandHost shared) : IClassFixture<SharedCommandHost>
{
    [Theory]
    [InlineData("--role is required", "people", "add", "--id", "u1", "--name", "李四")]
    [InlineData("--id is required", "people", "add", "--name", "李四", "--role", "staff")]
    [InlineData("Unknown role 'boss'", "people", "add", "--id", "u1", "--name", "李四", "--role", "boss")]
    [InlineData("Unknown option --email", "people", "add", "--id", "u1", "--name", "李四", "--role", "staff", "--email", "x@y")]
    [InlineData("--name needs a value", "people", "add", "--id", "u1", "--name", "--role", "staff")]
    [InlineData("--id is given twice", "people", "add", "--id", "u1", "--id", "u2", "--name", "李四", "--role", "staff")]
    [InlineData("Unexpected argument 'extra'", "people", "remove", "--id", "u1", "extra")]
    [InlineData("Unknown people command 'delete'", "people", "delete", "--id", "u1")]
    [InlineData("Say what to do", "people")]
    [InlineData("Give either --department <name> or --none", "people", "set-department", "--id", "u1")]
    public async Task Bad_arguments_exit_with_2_and_one_line_saying_what_is_wrong(string explanation, params string[] words)
    {
        var host = shared.Host;

        var run = await host.RunAsync(words);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("people: ", line, StringComparison.Ordinal);
        Assert.Contains(explanation, line, StringComparison.Ordinal);
        Assert.Contains("Usage: people", line, StringComparison.Ordinal);
        Assert.Equal(0, await host.ReadAsync(db => db.People.CountAsync()));
    }
}
