using System.Globalization;
using System.Text;
using Rectification.Domain.People;

namespace Rectification.Bot.Administration;

/// <summary>
/// `people add|list|link|unlink|remove|set-role|set-department`: the register of who may report, sign off and
/// administer, and the accounts (Teams, Telegram) each person is known by.
/// </summary>
public sealed class PeopleCommand(IServiceScopeFactory scopes, CommandOutput output) : AdministrationCommand(scopes, output)
{
    private static readonly Dictionary<string, string> SubcommandUsage = new(StringComparer.OrdinalIgnoreCase)
    {
        ["add"] = "people add --id <user id> --name <name> --role staff|leader|admin [--department <name> [--head]] [--realm microsoft|telegram] [--alternate-id <second id, e.g. AAD object id>]",
        ["list"] = "people list [--all] [--role staff|leader|admin] [--department <name>]",
        ["link"] = "people link <person id> --realm microsoft|telegram --id <user id> [--alternate-id <second id>]",
        ["unlink"] = "people unlink <person id> --realm microsoft|telegram --id <user id>",
        ["remove"] = "people remove --id <person id>",
        ["set-role"] = "people set-role --id <person id> [--role staff|leader|admin] [--head | --not-head]   (--head: head of their department, reached by yellow reminders)",
        ["set-department"] = "people set-department --id <person id> (--department <name> | --none)",
    };

    public override string Name => "people";

    public override string Usage => "people add|list|link|unlink|remove|set-role|set-department …  (people help: details; a person id is theirs or any of their accounts')";

    protected override string UsageFor(IReadOnlyList<string> arguments) =>
        arguments.Count > 0 && SubcommandUsage.TryGetValue(arguments[0], out var usage) ? usage : Usage;

    protected override async Task<int> RunAsync(IReadOnlyList<string> arguments, AdministrationService administration, CancellationToken cancellationToken)
    {
        if (arguments.Count == 0)
        {
            throw new UsageException("Say what to do: add, list, link, unlink, remove, set-role or set-department.");
        }

        var rest = arguments.Skip(1);
        switch (arguments[0].ToLowerInvariant())
        {
            case "add":
                return await AddAsync(CommandArguments.Parse(rest, ["id", "name", "role", "department", "realm", "alternate-id"], ["head"]), administration, cancellationToken);
            case "link":
                return await LinkAsync(CommandArguments.Parse(rest, ["realm", "id", "alternate-id"], []), administration, cancellationToken);
            case "unlink":
                return await UnlinkAsync(CommandArguments.Parse(rest, ["realm", "id"], []), administration, cancellationToken);
            case "list":
                return await ListAsync(CommandArguments.Parse(rest, ["role", "department"], ["all"]), administration, cancellationToken);
            case "remove":
                return await RemoveAsync(CommandArguments.Parse(rest, ["id"], []), administration, cancellationToken);
            case "set-role":
                return await SetRoleAsync(CommandArguments.Parse(rest, ["id", "role"], ["head", "not-head"]), administration, cancellationToken);
            case "set-department":
                return await SetDepartmentAsync(CommandArguments.Parse(rest, ["id", "department"], ["none"]), administration, cancellationToken);
            case "help" or "--help" or "-h":
                await Output.Out.WriteLineAsync(string.Join(Environment.NewLine, SubcommandUsage.Values));
                return ExitCodes.Success;
            default:
                throw new UsageException($"Unknown people command '{arguments[0]}'; expected add, list, link, unlink, remove, set-role or set-department.");
        }
    }

    private async Task<int> AddAsync(CommandArguments args, AdministrationService administration, CancellationToken cancellationToken)
    {
        args.NoPositionals();
        var draft = new PersonDraft(
            Identity(args, realmRequired: false),
            CheckLength(args.Required("name"), "name", Person.MaxNameLength),
            CommandArguments.ParseRole(args.Required("role")),
            args.Optional("department") is { } department ? CheckLength(department, "department", Person.MaxDepartmentLength) : null,
            args.Flag("head"));
        if (draft.DepartmentHead && draft.Department is null)
        {
            throw new UsageException("--head needs --department: a department head heads their department.");
        }

        var change = await administration.AddPersonAsync(Operator, draft, cancellationToken);
        switch (change.Kind)
        {
            case PersonChangeKind.Added or PersonChangeKind.Reactivated or PersonChangeKind.Unchanged:
                var verb = change.Kind switch
                {
                    PersonChangeKind.Added => "Added",
                    PersonChangeKind.Reactivated => "Added back (was removed)",
                    _ => "Already registered, unchanged:",
                };
                await Output.Out.WriteLineAsync($"{verb} {Describe(change.Person!)}.");
                await NoteDepartmentAsync(change.Person!, administration, cancellationToken);
                return ExitCodes.Success;
            case PersonChangeKind.AlreadyExists:
                return await RefuseAsync(
                    $"{draft.Identity.Realm} account {draft.Identity.UserId} is already registered as {Describe(change.Person!)}; change it with people set-role / people set-department, or people remove it first.");
            default:
                return await RefuseAsync($"Not added: {change.Kind} {change.Refusal}.");
        }
    }

    private async Task<int> ListAsync(CommandArguments args, AdministrationService administration, CancellationToken cancellationToken)
    {
        args.NoPositionals();
        var role = args.Optional("role") is { } r ? CommandArguments.ParseRole(r) : (PersonRole?)null;
        var department = args.Optional("department");
        var listing = await administration.ListPeopleAsync(Operator, args.Flag("all"), cancellationToken);
        var people = listing.People
            .Where(p => role is null || p.Role == role)
            .Where(p => department is null || p.BelongsTo(department))
            .ToList();
        if (people.Count == 0)
        {
            await Output.Out.WriteLineAsync(listing.People.Count == 0
                ? "Nobody is registered yet. Add people with: " + SubcommandUsage["add"]
                : "Nobody matches.");
            return ExitCodes.Success;
        }

        string[] header = ["ID", "NAME", "ROLE", "DEPARTMENT", "STATUS", "ACCOUNTS"];
        var rows = people.Select(p => new[]
        {
            p.Key,
            p.Name,
            RoleWord(p.Role),
            p.Department is null ? "-" : p.Department + (p.IsDepartmentHead ? " (head)" : string.Empty),
            p.Active ? "active" : "removed",
            string.Join(", ", p.Identities.Select(i => i.ToString())),
        }).ToList();
        var widths = Enumerable.Range(0, header.Length)
            .Select(i => rows.Select(row => DisplayWidth(row[i])).Append(DisplayWidth(header[i])).Max())
            .ToArray();
        foreach (var row in rows.Prepend(header))
        {
            var line = new StringBuilder();
            for (var i = 0; i < row.Length; i++)
            {
                line.Append(row[i]);
                if (i < row.Length - 1)
                {
                    line.Append(' ', widths[i] - DisplayWidth(row[i]) + 2);
                }
            }

            await Output.Out.WriteLineAsync(line.ToString().TrimEnd());
        }

        await Output.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{people.Count} {(people.Count == 1 ? "person" : "people")}."));
        return ExitCodes.Success;
    }

    private async Task<int> LinkAsync(CommandArguments args, AdministrationService administration, CancellationToken cancellationToken)
    {
        var (person, identity) = (OnePerson(args), Identity(args, realmRequired: true));
        var change = await administration.LinkIdentityAsync(Operator, person, identity, cancellationToken);
        return change.Kind switch
        {
            PersonChangeKind.Linked => await SucceedAsync($"Linked {identity.Realm} account {identity.UserId} to {Describe(change.Person!)}."),
            PersonChangeKind.Unchanged => await SucceedAsync($"Unchanged: {identity.Realm} account {identity.UserId} is already {change.Person!.Name}'s."),
            PersonChangeKind.IdentityTaken => await RefuseAsync(
                $"{identity.Realm} account {identity.UserId} is already linked to {Describe(change.Holder!)}{(change.Holder!.Active ? string.Empty : " (removed)")}; unlink it there first: people unlink {Quote(change.Holder.Key)} --realm {identity.Realm} --id {Quote(identity.UserId)}"),
            _ => await RefuseUnchangedAsync(change, person),
        };
    }

    private async Task<int> UnlinkAsync(CommandArguments args, AdministrationService administration, CancellationToken cancellationToken)
    {
        var (person, identity) = (OnePerson(args), Identity(args, realmRequired: true));
        var change = await administration.UnlinkIdentityAsync(Operator, person, identity, cancellationToken);
        return change.Kind switch
        {
            PersonChangeKind.Unlinked => await SucceedAsync($"Unlinked {identity.Realm} account {identity.UserId} from {Describe(change.Person!)}."),
            PersonChangeKind.IdentityNotLinked => await RefuseAsync($"{change.Person!.Name} has no {identity.Realm} account {identity.UserId}; see people list."),
            PersonChangeKind.LastIdentity => await RefuseAsync(
                $"{identity.Realm} account {identity.UserId} is {change.Person!.Name}'s only account; a person keeps at least one (people remove --id {Quote(change.Person.Key)} removes them)."),
            _ => await RefuseUnchangedAsync(change, person),
        };
    }

    private static string OnePerson(CommandArguments args) => args.Positionals.Count switch
    {
        1 => args.Positionals[0],
        0 => throw new UsageException("Say whose account it is: the person's id (or any of their account ids)."),
        _ => throw new UsageException($"Unexpected argument '{args.Positionals[1]}'."),
    };

    /// <summary>The account --realm (microsoft by default where allowed), --id and --alternate-id name.</summary>
    private static ChannelIdentity Identity(CommandArguments args, bool realmRequired)
    {
        var word = realmRequired ? args.Required("realm") : args.Optional("realm") ?? IdentityRealm.Microsoft;
        var realm = IdentityRealm.Parse(word) ?? throw new UsageException($"Unknown realm '{word}'; expected {string.Join(" or ", IdentityRealm.All)}.");
        return new ChannelIdentity(
            realm,
            CheckLength(args.Required("id"), "id", Person.MaxIdLength),
            args.Optional("alternate-id") is { } alternate ? CheckLength(alternate, "alternate-id", Person.MaxIdLength) : null);
    }

    private async Task<int> RemoveAsync(CommandArguments args, AdministrationService administration, CancellationToken cancellationToken)
    {
        args.NoPositionals();
        var id = args.Required("id");
        var change = await administration.RemovePersonAsync(Operator, id, cancellationToken);
        return change.Kind switch
        {
            PersonChangeKind.Removed => await SucceedAsync($"Removed {Describe(change.Person!)}; their entries stay in the history."),
            PersonChangeKind.Inactive => await SucceedAsync($"{change.Person!.Name} (id {id}) was already removed."),
            _ => await RefuseUnchangedAsync(change, id),
        };
    }

    private async Task<int> SetRoleAsync(CommandArguments args, AdministrationService administration, CancellationToken cancellationToken)
    {
        args.NoPositionals();
        var id = args.Required("id");
        if (args.Flag("head") && args.Flag("not-head"))
        {
            throw new UsageException("Give --head or --not-head, not both.");
        }

        bool? head = args.Flag("head") ? true : args.Flag("not-head") ? false : null;
        if (!args.Has("role") && head is null)
        {
            throw new UsageException("Give --role, --head or --not-head.");
        }

        PersonChange? change = null;
        if (args.Optional("role") is { } roleWord)
        {
            change = await administration.SetRoleAsync(Operator, id, CommandArguments.ParseRole(roleWord), cancellationToken);
            if (change.Kind is not (PersonChangeKind.Updated or PersonChangeKind.Unchanged))
            {
                return await RefuseUnchangedAsync(change, id);
            }
        }

        if (head is { } makeHead)
        {
            var headChange = await administration.SetDepartmentHeadAsync(Operator, id, makeHead, cancellationToken);
            change = change?.Kind == PersonChangeKind.Updated && headChange.Kind == PersonChangeKind.Unchanged ? change with { Person = headChange.Person } : headChange;
        }

        return change!.Kind switch
        {
            PersonChangeKind.Updated => await SucceedAsync($"{Describe(change.Person!)} now."),
            PersonChangeKind.Unchanged => await SucceedAsync($"Unchanged: {Describe(change.Person!)} already."),
            PersonChangeKind.NoDepartment => await RefuseAsync($"{change.Person!.Name} (id {id}) has no department, so cannot head one; set it first with people set-department."),
            _ => await RefuseUnchangedAsync(change, id),
        };
    }

    private async Task<int> SetDepartmentAsync(CommandArguments args, AdministrationService administration, CancellationToken cancellationToken)
    {
        args.NoPositionals();
        var id = args.Required("id");
        if (args.Has("department") == args.Flag("none"))
        {
            throw new UsageException("Give either --department <name> or --none.");
        }

        var department = args.Optional("department") is { } d ? CheckLength(d, "department", Person.MaxDepartmentLength) : null;
        var change = await administration.SetDepartmentAsync(Operator, id, department, cancellationToken);
        switch (change.Kind)
        {
            case PersonChangeKind.Updated or PersonChangeKind.Unchanged:
                await Output.Out.WriteLineAsync($"{(change.Kind == PersonChangeKind.Unchanged ? "Unchanged: " : string.Empty)}{Describe(change.Person!)}.");
                await NoteDepartmentAsync(change.Person!, administration, cancellationToken);
                return ExitCodes.Success;
            default:
                return await RefuseUnchangedAsync(change, id);
        }
    }

    /// <summary>Warns about a staff member who cannot report on anything yet: no department, or one no finding names.</summary>
    private async Task NoteDepartmentAsync(Person person, AdministrationService administration, CancellationToken cancellationToken)
    {
        if (person.Role != PersonRole.Staff)
        {
            return;
        }

        if (person.Department is null)
        {
            await Output.Out.WriteLineAsync($"Note: staff without a department cannot report; set one with: people set-department --id {Quote(person.Key)} --department <name>");
            return;
        }

        var findings = await administration.FindingsOfDepartmentAsync(person.Department, cancellationToken);
        await Output.Out.WriteLineAsync(findings.Count == 0
            ? $"Note: no finding is assigned to {person.Department} yet; assign one with: assign <number> --department {Quote(person.Department)}"
            : $"{person.Name} may report on finding(s) {string.Join(", ", findings)}.");
    }

    private Task<int> RefuseUnchangedAsync(PersonChange change, string id) => RefuseAsync(change.Kind switch
    {
        PersonChangeKind.NotFound => $"Nobody has id {id}; see people list (people list --all includes removed people).",
        PersonChangeKind.Inactive => $"{change.Person!.Name} (id {id}) was removed; add them again with people add.",
        _ => $"Not changed: {change.Kind} {change.Refusal}.",
    });

    private async Task<int> SucceedAsync(string line)
    {
        await Output.Out.WriteLineAsync(line);
        return ExitCodes.Success;
    }

    private static string Describe(Person person) =>
        $"{RoleWord(person.Role)} {person.Name} (id {person.Key}{(person.Department is null ? string.Empty : ", department " + person.Department)}{(person.IsDepartmentHead ? ", head of department" : string.Empty)})";

    private static string RoleWord(PersonRole role) => role switch
    {
        PersonRole.Staff => "staff",
        PersonRole.Leader => "leader",
        _ => "admin",
    };

    private static string CheckLength(string value, string option, int max) =>
        value.Trim().Length <= max ? value.Trim() : throw new UsageException($"--{option} is longer than {max} characters.");

    /// <summary>Columns line up in a terminal: CJK and full-width characters take two cells.</summary>
    private static int DisplayWidth(string text) => text.Sum(c => c switch
    {
        >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3'
            or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6' => 2,
        _ => 1,
    });
}
