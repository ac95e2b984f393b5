namespace Rectification.Bot.Channels.Console;

/// <summary>Reads `--name value` pairs; anything else is a usage error.</summary>
internal static class ConsoleArguments
{
    private static readonly string[] Known = ["user", "name", "locale"];

    public static bool TryParse(IReadOnlyList<string> arguments, out Dictionary<string, string> options, out string? problem)
    {
        options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        problem = null;
        for (var i = 0; i < arguments.Count; i += 2)
        {
            var key = arguments[i].StartsWith("--", StringComparison.Ordinal) ? arguments[i][2..] : null;
            if (key is null || !Known.Contains(key, StringComparer.OrdinalIgnoreCase) || i + 1 >= arguments.Count)
            {
                problem = $"Unexpected argument '{arguments[i]}'.";
                return false;
            }

            options[key] = arguments[i + 1];
        }

        return true;
    }
}
