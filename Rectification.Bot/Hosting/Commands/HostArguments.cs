namespace Rectification.Bot.Hosting.Commands;

/// <summary>
/// Splits a command line into what the host reads (ASP.NET Core's <c>--key value</c> or <c>--key=value</c>
/// settings, e.g. <c>--urls http://127.0.0.1:5124</c> or <c>--environment Production</c>) and the command verb
/// with its own arguments. Host settings come first: <c>--urls http://127.0.0.1:5124 chat --user u1</c> serves
/// nothing and chats as u1 with the host so configured; <c>--urls http://127.0.0.1:5124</c> alone serves there.
/// </summary>
public sealed record HostArguments(IReadOnlyList<string> HostSettings, IReadOnlyList<string> Command)
{
    private const string SettingPrefix = "--";

    public bool ServesTheBot => Command.Count == 0;

    public static HostArguments Split(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var index = 0;
        while (index < args.Count && args[index].StartsWith(SettingPrefix, StringComparison.Ordinal) && args[index].Length > SettingPrefix.Length)
        {
            // "--key=value" is one argument; "--key value" takes the next one as its value, as the host reads it.
            index += args[index].Contains('=', StringComparison.Ordinal) || index + 1 == args.Count ? 1 : 2;
        }

        return new HostArguments(args.Take(index).ToList(), args.Skip(index).ToList());
    }
}
