using System.Text.RegularExpressions;
using Rectification.Bot.Administration;
using Rectification.Bot.Conversation.Messages;
using Rectification.Bot.Conversation.Dialogs;
using Rectification.Bot.Conversation.Reporting.AdminRequests;
using Rectification.Bot.Conversation.Understanding.Recognizers;
using Rectification.Domain.Findings;
using Rectification.Domain.People;

namespace Rectification.Bot.Conversation.Reporting;

/// <summary>
/// Administrators' commands in chat, mapped onto <see cref="AdministrationService"/> (which asks the policy):
/// <list type="bullet">
/// <item>/people add &lt;id&gt; &lt;name&gt; &lt;staff|leader|admin&gt; [department] — 添加人员 …</item>
/// <item>/people set-role &lt;id&gt; &lt;role&gt; — 设置角色 …</item>
/// <item>/people link &lt;id&gt; &lt;telegram|teams&gt; &lt;account id&gt; — 绑定账号 … (only with its words: 绑定账号 alone asks for a link code)</item>
/// <item>/people head &lt;id&gt; on|off — 设为部门负责人 / 取消部门负责人 &lt;id&gt;</item>
/// <item>/people list — 人员列表</item>
/// <item>/assign &lt;finding&gt; &lt;department&gt; [leader] [deadline] — 分配 …</item>
/// </list>
/// </summary>
internal sealed partial class AdminChatCommands(AdministrationService administration, ReportingReplies replies, AdminReplies results)
{
    /// <summary>The answer to an admin command, or null when the text is not one.</summary>
    public async Task<IReadOnlyList<OutboundMessage>?> TryAnswerAsync(DialogTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var match = Command().Match(turn.Text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var words = match.Groups["rest"].Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var verb = match.Groups["verb"].Value.ToLowerInvariant();
        try
        {
            return verb switch
            {
                "/people add" or "添加人员" when words.Length is 3 or 4 => await AddAsync(words, turn, cancellationToken),
                "/people set-role" or "/people role" or "设置角色" when words.Length == 2 => await SetRoleAsync(words, turn, cancellationToken),
                "/people link" or "绑定账号" when words.Length == 3 => await LinkAsync(words, turn, cancellationToken),
                "/people head" when words.Length == 2 => await HeadAsync(words[0], CommandArguments.ParseSwitch(words[1]), turn, cancellationToken),
                "设为部门负责人" or "设为处室负责人" when words.Length == 1 => await HeadAsync(words[0], true, turn, cancellationToken),
                "取消部门负责人" or "取消处室负责人" when words.Length == 1 => await HeadAsync(words[0], false, turn, cancellationToken),
                "/people list" or "人员列表" when words.Length == 0 => await ListAsync(turn, cancellationToken),
                "/assign" or "分配" when words.Length is >= 2 and <= 4 => await AssignAsync(words, turn, cancellationToken),
                _ => [turn.Reply.Text(turn.Reply.Texts.AdminUsage)],
            };
        }
        catch (UsageException)
        {
            return [turn.Reply.Text(turn.Reply.Texts.AdminUsage)];
        }
    }

    private async Task<IReadOnlyList<OutboundMessage>> AddAsync(string[] words, DialogTurn turn, CancellationToken cancellationToken)
    {
        var draft = new PersonDraft(new ChannelIdentity(IdentityRealm.Microsoft, words[0]), words[1], CommandArguments.ParseRole(words[2]), words.Length > 3 ? words[3] : null);
        return await results.PersonChangedAsync(await administration.AddPersonAsync(turn.Actor, draft, cancellationToken), words[0], turn, cancellationToken);
    }

    private async Task<IReadOnlyList<OutboundMessage>> SetRoleAsync(string[] words, DialogTurn turn, CancellationToken cancellationToken) =>
        await results.PersonChangedAsync(await administration.SetRoleAsync(turn.Actor, words[0], CommandArguments.ParseRole(words[1]), cancellationToken), words[0], turn, cancellationToken);

    private async Task<IReadOnlyList<OutboundMessage>> HeadAsync(string id, bool head, DialogTurn turn, CancellationToken cancellationToken)
    {
        var change = await administration.SetDepartmentHeadAsync(turn.Actor, id, head, cancellationToken);
        if (change is { Kind: PersonChangeKind.Refused, Refusal: { } refusal })
        {
            return [await replies.RefusalAsync(refusal, turn.Reply, cancellationToken)];
        }

        var person = change.Person;
        return [turn.Reply.Text(turn.Reply.Texts.DepartmentHeadChange(change.Kind, person?.Key ?? id, person?.Name ?? id, person?.Department, head))];
    }

    private async Task<IReadOnlyList<OutboundMessage>> LinkAsync(string[] words, DialogTurn turn, CancellationToken cancellationToken)
    {
        var identity = new ChannelIdentity(IdentityRealm.Parse(words[1]) ?? throw new UsageException($"Unknown realm '{words[1]}'."), words[2]);
        var change = await administration.LinkIdentityAsync(turn.Actor, words[0], identity, cancellationToken);
        return await results.IdentityChangedAsync(change, words[0], identity, turn, cancellationToken);
    }

    private async Task<IReadOnlyList<OutboundMessage>> ListAsync(DialogTurn turn, CancellationToken cancellationToken)
    {
        var listing = await administration.ListPeopleAsync(turn.Actor, includeInactive: false, cancellationToken);
        if (listing.Refusal is { } refusal)
        {
            return [await replies.RefusalAsync(refusal, turn.Reply, cancellationToken)];
        }

        var lines = listing.People.Select(p => turn.Reply.Texts.AdminPersonLine(p.Key, p.Name, p.Role, p.Department, p.IsDepartmentHead));
        return [turn.Reply.Text(string.Join(Environment.NewLine, lines.Prepend(turn.Reply.Texts.AdminPeopleHeading(listing.People.Count))))];
    }

    private async Task<IReadOnlyList<OutboundMessage>> AssignAsync(string[] words, DialogTurn turn, CancellationToken cancellationToken)
    {
        var number = CommandArguments.ParseFindingNumber(words[0].Trim('#', '第', '项'));
        Deadline? deadline = null;
        string? leader = null;
        foreach (var word in words.Skip(2))
        {
            if (char.IsDigit(word[0]))
            {
                deadline = Deadline.On(CommandArguments.ParseDate("deadline", word));
            }
            else if (DeadlineMentions.Parse(word) is { } kind)
            {
                deadline = kind;
            }
            else
            {
                leader = word;
            }
        }

        var outcome = await administration.AssignAsync(turn.Actor, number, words[1], leader, deadline, null, cancellationToken);
        return await results.AssignedAsync(outcome, number, words[1], leader, deadline, turn, cancellationToken);
    }

    [GeneratedRegex(@"^(?<verb>/people\s+add|/people\s+set-role|/people\s+role|/people\s+link|/people\s+head|/people\s+list|/assign|添加人员|设置角色|绑定账号(?=\s+\S+\s+\S)|设为部门负责人|设为处室负责人|取消部门负责人|取消处室负责人|人员列表|分配)(\s+(?<rest>.*))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Command();
}
