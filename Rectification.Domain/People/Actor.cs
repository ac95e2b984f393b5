using Rectification.Domain.Findings;

namespace Rectification.Domain.People;

/// <summary>
/// Who is acting: the person the bot knows (null for an unknown user), the author that entries record, and
/// whether this is the server's operator at the command line, who is trusted with everything.
/// </summary>
public sealed record Actor(Person? Person, ProgressAuthor Author, bool IsOperator = false)
{
    public const string CommandLineChannel = "cli";

    /// <summary>The operator running a command on the server (whoever can run it may change the database anyway).</summary>
    public static Actor Operator(string name) =>
        new(null, new ProgressAuthor(null, name, ProgressSource.Administration, CommandLineChannel), IsOperator: true);

    /// <summary>A known person acting in a chat channel.</summary>
    public static Actor For(Person person, string? channel) =>
        new(person, new ProgressAuthor(person.Key, person.Name, ProgressSource.Chat, channel));

    /// <summary>The same actor recorded as administering rather than reporting (corrections, assignments).</summary>
    public ProgressAuthor AsAdministrator() => Author with { Source = ProgressSource.Administration };
}
