using System.Globalization;
using Rectification.Domain.Findings;
using Rectification.Domain.People;
using Rectification.Domain.Progress;

namespace Rectification.Bot.Administration;

/// <summary>
/// `assign 14 --department 市地方金融工作局 --leader 张三 --due 2024-09-30`: who answers for a finding and by when.
/// What is not given stays as it was; the change is recorded in the finding's history.
/// </summary>
public sealed class AssignCommand(IServiceScopeFactory scopes, CommandOutput output) : AdministrationCommand(scopes, output)
{
    public override string Name => "assign";

    public override string Usage => "assign <finding number> [--department <name>] [--leader <name>] [--due yyyy-mm-dd] [--category <name>]";

    protected override async Task<int> RunAsync(IReadOnlyList<string> arguments, AdministrationService administration, CancellationToken cancellationToken)
    {
        var args = CommandArguments.Parse(arguments, ["department", "leader", "due", "category"], []);
        if (args.Positionals.Count == 0)
        {
            throw new UsageException("Name the finding: assign 14 ….");
        }

        if (args.Positionals.Count > 1)
        {
            throw new UsageException($"Unexpected argument '{args.Positionals[1]}'.");
        }

        var number = CommandArguments.ParseFindingNumber(args.Positionals[0]);
        var department = args.Optional("department");
        var leader = args.Optional("leader");
        var due = args.Optional("due") is { } d ? CommandArguments.ParseDate("due", d) : (DateOnly?)null;
        var category = args.Optional("category");
        if (department is null && leader is null && due is null && category is null)
        {
            throw new UsageException("Say what to assign: --department, --leader, --due and/or --category.");
        }

        CheckLength(department, "department", Person.MaxDepartmentLength);
        CheckLength(leader, "leader", 200);
        CheckLength(category, "category", 200);

        var outcome = await administration.AssignAsync(Operator, number, department, leader, due, category, cancellationToken);
        switch (outcome)
        {
            case ProgressRecorded recorded:
                await Output.Out.WriteLineAsync($"Finding {number} assigned: {recorded.Entry.Description}.");
                await Output.Out.WriteLineAsync(Summary(recorded.Finding));
                await NoteAsync(recorded.Finding, department, leader, administration, cancellationToken);
                return ExitCodes.Success;
            case FindingNotFound notFound:
                return await RefuseAsync(notFound.Numbers.Count == 0
                    ? $"There is no finding {number}: no findings are recorded yet (the announcement is imported when the bot starts)."
                    : string.Create(CultureInfo.InvariantCulture, $"There is no finding {number}; findings are numbered {notFound.Numbers[0]}–{notFound.Numbers[^1]}."));
            case ChangedMeanwhile:
                return await RefuseAsync($"Finding {number} kept changing while being assigned; nothing was saved, try again.");
            case ProgressRuleBroken broken:
                return await RefuseAsync($"Finding {number} was not assigned: {broken.Rule.Message}");
            default:
                return await RefuseAsync($"Finding {number} was not assigned ({outcome.GetType().Name}).");
        }
    }

    private static string Summary(Finding finding) => string.Create(
        CultureInfo.InvariantCulture,
        $"  {finding.Number}. {finding.Title} — department {finding.ResponsibleDepartment ?? "-"}, leader {finding.ResponsibleLeader ?? "-"}, due {finding.Deadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-"}, status {finding.Status}");

    /// <summary>Points out what the assignment does not settle: nobody to report for the department, an unknown leader.</summary>
    private async Task NoteAsync(Finding finding, string? department, string? leader, AdministrationService administration, CancellationToken cancellationToken)
    {
        if (department is not null && finding.ResponsibleDepartment is { } assigned
            && (await administration.DepartmentStaffAsync(assigned, cancellationToken)).Count == 0)
        {
            await Output.Out.WriteLineAsync(
                $"Note: no staff of {assigned} is registered, so only leaders and admins can report on it; add staff with: people add --id <id> --name <name> --role staff --department {Quote(assigned)}");
        }

        if (leader is not null && finding.ResponsibleLeader is { } name
            && !(await administration.ContactsAsync(PersonRole.Leader, cancellationToken)).Any(p => string.Equals(p.Name, name, StringComparison.Ordinal)))
        {
            await Output.Out.WriteLineAsync(
                $"Note: no registered leader is named {name}; to let them sign off: people add --id <id> --name {Quote(name)} --role leader");
        }
    }

    private static void CheckLength(string? value, string option, int max)
    {
        if (value?.Length > max)
        {
            throw new UsageException($"--{option} is longer than {max} characters.");
        }
    }
}
