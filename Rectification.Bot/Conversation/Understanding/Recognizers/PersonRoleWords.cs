using System.Text.RegularExpressions;
using Rectification.Domain.People;

namespace Rectification.Bot.Conversation.Understanding.Recognizers;

/// <summary>
/// The words for a person's role, in either language: staff (员工, 工作人员), leader (领导, 局领导), admin (管理员).
/// One reader for chat requests and the explicit commands; a word it does not know is not a role, never a guess.
/// </summary>
public static partial class PersonRoleWords
{
    public static bool TryParse(string? text, out PersonRole role)
    {
        role = PersonRole.Staff;
        var match = Role().Match(text?.Trim() ?? string.Empty);
        if (!match.Success)
        {
            return false;
        }

        role = match.Groups["staff"].Success ? PersonRole.Staff
            : match.Groups["leader"].Success ? PersonRole.Leader
            : PersonRole.Admin;
        return true;
    }

    /// <summary>Every role word, for patterns that need to know where a role ends (…的工作人员).</summary>
    public const string Words = Staff + "|" + Leader + "|" + Admin;

    private const string Staff = @"staff\s+member|staff|普通员工|员工|普通工作人员|工作人员|职员";
    private const string Leader = "leader|局领导|领导";
    private const string Admin = "administrator|admin|系统管理员|管理员";

    [GeneratedRegex(
        @"^((a|an|the)\s+)?((?<staff>" + Staff + ")|(?<leader>" + Leader + ")|(?<admin>" + Admin + @"))(\s*(角色|身份|role))?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Role();
}
