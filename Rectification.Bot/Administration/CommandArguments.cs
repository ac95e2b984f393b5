using Rectification.Bot.Conversation.Understanding.Recognizers;
using Rectification.Domain.Numerals;
using Rectification.Domain.People;

namespace Rectification.Bot.Administration;

/// <summary>
/// The words after a command's verb: positionals, "--name value" (or "--name=value") options and "--flag"
/// switches. Anything unknown, repeated or missing its value is a <see cref="UsageException"/>.
/// </summary>
public sealed class CommandArguments
{
    private readonly Dictionary<string, string> _options = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _flags = new(StringComparer.OrdinalIgnoreCase);

    private CommandArguments(List<string> positionals) => Positionals = positionals;

    public IReadOnlyList<string> Positionals { get; }

    public static CommandArguments Parse(IEnumerable<string> words, IReadOnlyCollection<string> options, IReadOnlyCollection<string> flags)
    {
        ArgumentNullException.ThrowIfNull(words);
        var positionals = new List<string>();
        var parsed = new CommandArguments(positionals);
        using var word = words.GetEnumerator();
        while (word.MoveNext())
        {
            var current = word.Current;
            if (!current.StartsWith("--", StringComparison.Ordinal) || current.Length == 2)
            {
                positionals.Add(current);
                continue;
            }

            var equals = current.IndexOf('=', StringComparison.Ordinal);
            var name = (equals < 0 ? current[2..] : current[2..equals]).ToLowerInvariant();
            if (flags.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                if (equals >= 0 || !parsed._flags.Add(name))
                {
                    throw new UsageException(equals >= 0 ? $"--{name} takes no value." : $"--{name} is given twice.");
                }

                continue;
            }

            if (!options.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                throw new UsageException($"Unknown option --{name}; expected {Describe(options, flags)}.");
            }

            string value;
            if (equals >= 0)
            {
                value = current[(equals + 1)..];
            }
            else if (word.MoveNext() && !word.Current.StartsWith("--", StringComparison.Ordinal))
            {
                value = word.Current;
            }
            else
            {
                throw new UsageException($"--{name} needs a value.");
            }

            if (string.IsNullOrWhiteSpace(value))
            {
                throw new UsageException($"--{name} needs a value.");
            }

            if (!parsed._options.TryAdd(name, value.Trim()))
            {
                throw new UsageException($"--{name} is given twice.");
            }
        }

        return parsed;
    }

    public bool Has(string name) => _flags.Contains(name) || _options.ContainsKey(name);

    public bool Flag(string name) => _flags.Contains(name);

    public string? Optional(string name) => _options.GetValueOrDefault(name);

    public string Required(string name) =>
        _options.TryGetValue(name, out var value) ? value : throw new UsageException($"--{name} is required.");

    public void NoPositionals()
    {
        if (Positionals.Count > 0)
        {
            throw new UsageException($"Unexpected argument '{Positionals[0]}'.");
        }
    }

    /// <summary>staff|leader|admin, in English or Chinese (员工/工作人员, 领导, 管理员), as chat reads them.</summary>
    public static PersonRole ParseRole(string value) =>
        PersonRoleWords.TryParse(value, out var role)
            ? role
            : throw new UsageException($"Unknown role '{value}'; expected staff, leader or admin.");

    /// <summary>On or off, as an administrator types it: on/off, yes/no, true/false, 是/否.</summary>
    public static bool ParseSwitch(string value) => value.Trim().ToLowerInvariant() switch
    {
        "on" or "yes" or "true" or "是" => true,
        "off" or "no" or "false" or "否" => false,
        _ => throw new UsageException($"'{value}' is neither on nor off."),
    };

    /// <summary>A date like 2024-09-30 (also 2024/9/30, 2024.9.30, 20240930, 2024年9月30日), as chat reads them.</summary>
    public static DateOnly ParseDate(string option, string value) =>
        DateMentions.TryParseExactly(value, out var date)
            ? date
            : throw new UsageException($"--{option} '{value}' is not a date; write it as 2024-09-30.");

    /// <summary>A finding number: a positive whole number, in digits or Chinese numerals (14, 十四).</summary>
    public static int ParseFindingNumber(string value) =>
        ChineseNumeral.TryParse(value, out var number) && number > 0
            ? number
            : throw new UsageException($"'{value}' is not a finding number; write it as a whole number such as 14.");

    private static string Describe(IReadOnlyCollection<string> options, IReadOnlyCollection<string> flags) =>
        string.Join(", ", options.Concat(flags).Select(o => "--" + o));
}
