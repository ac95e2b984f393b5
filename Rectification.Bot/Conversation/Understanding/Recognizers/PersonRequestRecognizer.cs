using System.Text.RegularExpressions;
using Rectification.Bot.Conversation.Understanding.Intents;
using Rectification.Domain.People;

namespace Rectification.Bot.Conversation.Understanding.Recognizers;

/// <summary>
/// An administrator's request about a person, in plain words: a new role (把王五改成管理员, 王五设为领导, "make Wang
/// Wu an admin", "set 王五's role to leader") or a new person (添加张三为科技金融处的工作人员, 把张三加为办公室工作人员, "add 张三 as staff in
/// 科技金融处"). The forms that name the role as a change ("把王五改成 …") are requests even when the role is missing,
/// so the answer can say what is missing; elsewhere a word that is not a role means the message is something else.
/// </summary>
public sealed partial class PersonRequestRecognizer : IIntentRecognizer
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const string ChangeVerb = "改成|改为|设为|设置为|设成|调整为|调成|变成|换成|升为|升级为|提升为";

    public string Name => "person request";

    public Intent? Recognize(Utterance utterance, RecognitionContext context)
    {
        ArgumentNullException.ThrowIfNull(utterance);
        return (Intent?)NewRole(utterance.Core) ?? NewPerson(utterance.Core);
    }

    private static SetRoleRequestIntent? NewRole(string text)
    {
        foreach (var (pattern, roleMayBeMissing) in RolePatterns)
        {
            var match = pattern.Match(text);
            var who = match.Groups["who"].Value.Trim();
            if (!match.Success || !IsPerson(who))
            {
                continue;
            }

            var roleText = match.Groups["role"].Value.Trim();
            if (roleText.Length == 0 && roleMayBeMissing)
            {
                return new SetRoleRequestIntent(who, null);
            }

            if (PersonRoleWords.TryParse(roleText, out var role))
            {
                return new SetRoleRequestIntent(who, role);
            }
        }

        return null;
    }

    private static AddPersonRequestIntent? NewPerson(string text)
    {
        foreach (var pattern in AddPatterns)
        {
            var match = pattern.Match(text);
            var name = match.Groups["name"].Value.Trim();
            if (match.Success && IsPerson(name) && PersonRoleWords.TryParse(match.Groups["role"].Value, out var role))
            {
                var department = match.Groups["dept"].Value.Trim();
                return new AddPersonRequestIntent(name, role, department.Length == 0 ? null : department);
            }
        }

        return AddWithoutRole().Match(text) is { Success: true } incomplete && IsPerson(incomplete.Groups["name"].Value.Trim())
            ? new AddPersonRequestIntent(incomplete.Groups["name"].Value.Trim(), null, null)
            : null;
    }

    /// <summary>A name or user id, not a finding, measure or other thing of the ledger ("把第五项改成…", "把5.2改为…").</summary>
    private static bool IsPerson(string who) => who.Length is > 0 and <= Person.MaxNameLength && !LedgerThing().IsMatch(who);

    private static (Regex Pattern, bool RoleMayBeMissing)[] RolePatterns { get; } =
    [
        (ChineseBa(), true),
        (ChineseSet(), false),
        (ChineseSubjectFirst(), false),
        (EnglishMake(), false),
        (EnglishRoleOf(), true),
        (EnglishChangeTo(), false),
    ];

    private static Regex[] AddPatterns { get; } = [DepartmentThenName(), ChineseAdd(), ChineseBaAdd(), EnglishAddToDepartment(), EnglishAdd()];

    [GeneratedRegex(@"^(请|麻烦)?(帮我)?(把|将)\s*(?<who>[^,，。]{1,40}?)\s*的?\s*(角色|身份|权限)?\s*(" + ChangeVerb + @")\s*(?<role>.*)$", Options)]
    private static partial Regex ChineseBa();

    [GeneratedRegex(@"^(请|麻烦)?(帮我)?(设置|设定|设|任命|指定)\s*(?<who>[^,，。]{1,40}?)\s*(为|成|做)\s*(?<role>.+)$", Options)]
    private static partial Regex ChineseSet();

    [GeneratedRegex(@"^(?<who>[^,，。\s]{1,20}?)\s*的?\s*(角色|身份)?\s*(" + ChangeVerb + @")\s*(?<role>.+)$", Options)]
    private static partial Regex ChineseSubjectFirst();

    [GeneratedRegex(@"^(please\s+)?(make|appoint)\s+(?<who>.+?)\s+(?<role>((an?|the)\s+)?(administrator|admin|leader|staff\s+member|staff))$", Options)]
    private static partial Regex EnglishMake();

    [GeneratedRegex(@"^(please\s+)?(set|change|update)\s+(the\s+role\s+of\s+(?<who>.+?)|(?<who>.+?)['’]s\s+role)(\s+(to|as)(\s+(?<role>.*))?)?$", Options)]
    private static partial Regex EnglishRoleOf();

    [GeneratedRegex(@"^(please\s+)?(promote|demote|change|switch|set)\s+(?<who>.+?)\s+(to|as)\s+(?<role>.+)$", Options)]
    private static partial Regex EnglishChangeTo();

    [GeneratedRegex(@"^(请|麻烦)?(帮我)?(添加|增加|新增|录入|登记)\s*(?<dept>[^,，。\s的]{2,30}?)的\s*(?<name>[^,，。\s的]{1,20}?)\s*(为|作为)\s*(?<role>" + PersonRoleWords.Words + @")(角色)?$", Options)]
    private static partial Regex DepartmentThenName();

    [GeneratedRegex(@"^(请|麻烦)?(帮我)?(添加|增加|新增|加上|录入|登记)\s*(一下|一个|一名|一位)?\s*(人员|用户|同事)?\s*(?<name>[^,，。\s]{1,20}?)\s*(为|作为|当|做)\s*((?<dept>[^,，。\s]{1,30}?)\s*的?)?\s*(?<role>" + PersonRoleWords.Words + @")(角色)?$", Options)]
    private static partial Regex ChineseAdd();

    /// <summary>把张三加为办公室工作人员: the person who wrote to the bot (or was mentioned), added by name.</summary>
    [GeneratedRegex(@"^(请|麻烦)?(帮我)?(把|将)\s*(?<name>[^,，。\s]{1,20}?)\s*(加为|加成|添加为|添加成|加入为|登记为|录入为)\s*((?<dept>[^,，。\s]{1,30}?)\s*的?)?\s*(?<role>" + PersonRoleWords.Words + @")(角色)?$", Options)]
    private static partial Regex ChineseBaAdd();

    [GeneratedRegex(@"^(please\s+)?(add|register)\s+((a\s+)?(new\s+)?(person|user|member)\s+)?(?<name>.+?)\s+as\s+(?<role>((an?|the)\s+)?(" + PersonRoleWords.Words + @"))(\s+(in|of|at|for|to)\s+(the\s+)?(?<dept>.+?))?$", Options)]
    private static partial Regex EnglishAdd();

    [GeneratedRegex(@"^(please\s+)?(add|register)\s+((a\s+)?(new\s+)?(person|user|member)\s+)?(?<name>.+?)\s+(to|in)\s+(the\s+)?(?<dept>.+?)\s+as\s+(?<role>((an?|the)\s+)?(" + PersonRoleWords.Words + "))$", Options)]
    private static partial Regex EnglishAddToDepartment();

    [GeneratedRegex(@"^(添加|增加|新增|录入|登记)(人员|用户)\s*(?<name>[^,，。\s]{1,20})$|^(please\s+)?(add|register)\s+(a\s+)?(new\s+)?(person|user)\s+(?<name>[^,，。]{1,40})$", Options)]
    private static partial Regex AddWithoutRole();

    [GeneratedRegex(@"第|项|条|问题|措施|进展|状态|期限|时限|[0-9]+\.[0-9]+|^[0-9]+$|\b(item|finding|measure|deadline|status|progress)\b", Options)]
    private static partial Regex LedgerThing();
}
