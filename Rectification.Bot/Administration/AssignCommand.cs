using System.Globalization;
using Rectification.Domain.Findings;
using Rectification.Domain.People;
using Rectification.Domain.Progress;

namespace Rectification.Bot.Administration;

/// <summary>
/// `assign 14 --department 市地方金融工作局 --leader 张三 --due 2024-09-30`: who answers for a finding and by when.
/// `--due` is a date, `immediate` (立行立改) or `ongoing` (长期坚持) with an optional `--review` date; `assign 14.2 --due …`
/// sets measure 2's own deadline. What is not given stays as it was; the change is recorded in the finding's history.
/// </summary>
public sealed class AssignCommand(IServiceScopeFactory scopes, CommandOutput output) : AdministrationCommand(scopes, output)
{
    public override string Name => "assign";

    public override string Usage =>
        "assign <finding number>[.<measure>] [--department <name>] [--leader <name>] [--due yyyy-mm-dd|immediate|ongoing [--review yyyy-mm-dd]] [--category <name>]";

    protected override async Task<int> RunAsync(IReadOnlyList<string> arguments, AdministrationService administration, CancellationToken cancellationToken)
    {
        var args = CommandArguments.Parse(arguments, ["department", "leader", "due", "review", "category"], []);
        if (args.Positionals.Count == 0)
        {
            throw new UsageException("Name the finding: assign 14 ….");
        }

        if (args.Positionals.Count > 1)
        {
            throw new UsageException($"Unexpected argument '{args.Positionals[1]}'.");
        }

        var (number, measure) = FindingAndMeasure(args.Positionals[0]);
        var department = args.Optional("department");
        var leader = args.Optional("leader");
        var due = Due(args.Optional("due"), args.Optional("review"));
        var category = args.Optional("category");
        if (measure is { } ordinal)
        {
            return await AssignMeasureAsync(number, ordinal, due, department ?? leader ?? category, administration, cancellationToken);
        }

        if (department is null && leader is null && due is null && category is null)
        {
            throw new UsageException("Say what to assign: --department, --leader, --due and/or --category.");
        }

        CheckLength(department, "department", Person.MaxDepartmentLength);
        CheckLength(leader, "leader", 200);
        CheckLength(category, "category", 200);

        var outcome = await administration.AssignAsync(Operator, number, department, leader, due, category, cancellationToken);
        if (outcome is ProgressRecorded recorded)
        {
            await Output.Out.WriteLineAsync($"Finding {number} assigned: {recorded.Entry.Description}.");
            await Output.Out.WriteLineAsync(Summary(recorded.Finding));
            await NoteAsync(recorded.Finding, department, leader, administration, cancellationToken);
            return ExitCodes.Success;
        }

        return await RefuseAsync(outcome, number);
    }

    private async Task<int> AssignMeasureAsync(
        int number, int measure, Deadline? due, string? otherOption, AdministrationService administration, CancellationToken cancellationToken)
    {
        if (otherOption is not null || due is null)
        {
            throw new UsageException("A measure has only its own deadline: assign 14.2 --due yyyy-mm-dd|immediate|ongoing [--review yyyy-mm-dd].");
        }

        var outcome = await administration.AssignMeasureDeadlineAsync(Operator, number, measure, due, cancellationToken);
        if (outcome is ProgressRecorded recorded)
        {
            await Output.Out.WriteLineAsync($"Finding {number} assigned: {recorded.Entry.Description}.");
            return ExitCodes.Success;
        }

        return await RefuseAsync(outcome, number);
    }

    private async Task<int> RefuseAsync(ProgressOutcome outcome, int number)
    {
        switch (outcome)
        {
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
        $"  {finding.Number}. {finding.Title} — department {finding.ResponsibleDepartment ?? "-"}, leader {finding.ResponsibleLeader ?? "-"}, due {finding.Deadline?.LedgerText() ?? "-"}, status {finding.Status}");

    /// <summary>"14" or "14.2" (also 十四).</summary>
    private static (int Finding, int? Measure) FindingAndMeasure(string value)
    {
        var parts = value.Split('.');
        return parts.Length switch
        {
            1 => (CommandArguments.ParseFindingNumber(value), null),
            2 => (CommandArguments.ParseFindingNumber(parts[0]), CommandArguments.ParseFindingNumber(parts[1])),
            _ => throw new UsageException($"'{value}' is neither a finding (14) nor a measure (14.2)."),
        };
    }

    /// <summary>--due 2024-09-30 | immediate | ongoing (with --review); 立行立改 and 长期坚持 are read too.</summary>
    private static Deadline? Due(string? due, string? review)
    {
        DateOnly? reviewOn = review is null ? null : CommandArguments.ParseDate("review", review);
        var deadline = due?.Trim().ToLowerInvariant() switch
        {
            null => null,
            "immediate" or "immediately" or Deadline.ImmediatelyWords => Deadline.Immediately(),
            "ongoing" or Deadline.OngoingWords => Deadline.Ongoing(reviewOn),
            var text => Deadline.ParseLedgerText(text) ?? Deadline.On(CommandArguments.ParseDate("due", text)),
        };
        if (reviewOn is not null && deadline is not { Kind: DeadlineKind.Ongoing })
        {
            throw new UsageException("--review goes with --due ongoing (长期坚持).");
        }

        return deadline;
    }

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
