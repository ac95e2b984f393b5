using System.Globalization;
using Rectification.Domain.People;

namespace Rectification.Bot.Localization;

internal sealed partial class ChineseTexts
{
    public override string RealmName(string realm) => realm == IdentityRealm.Telegram ? "Telegram" : "Teams（微软账号）";

    public override string LinkCodeIssued(string code, int validMinutes, string? realm) =>
        $"您的绑定码是 {code}，{validMinutes}分钟内有效，只能使用一次。" + (realm == IdentityRealm.Telegram || realm is null
            ? $"请在Telegram中向本机器人发送 /link {code}"
            : $"请用要绑定的{RealmName(realm)}账号向本机器人发送“绑定 {code}”")
        + "；绑定后，您在那里的角色和处室与这里相同。请勿把绑定码告诉他人。";

    public override string LinkNeedsRegisteredPerson => "只有已登记的人员才能绑定其他账号，请先请管理员为您登记。";

    public override string LinkCodeOnlyInPersonalChat => "绑定码只在与机器人的私聊中发送，以免被他人看到。请在私聊中发送“绑定Telegram”。";

    public override string LinkCodeRefused(LinkCodeRefusal refusal, int validMinutes) => refusal switch
    {
        LinkCodeRefusal.Expired => $"这个绑定码已过期（有效期{validMinutes}分钟），没有绑定任何账号。请在已登记的账号中重新发送“绑定Telegram”获取新码。",
        LinkCodeRefusal.Used => "这个绑定码已经用过了，每个码只能使用一次。如需再绑定，请在已登记的账号中重新发送“绑定Telegram”获取新码。",
        _ => "这个绑定码不正确，没有绑定任何账号。请核对后重新发送，或在已登记的账号中发送“绑定Telegram”获取新码。",
    };

    public override string AccountLinked(string name, PersonRole role, string? department) =>
        $"绑定成功：此账号已绑定到{name}，角色：{RoleName(role)}" + (department is null ? "。" : $"，处室：{department}。");

    public override string AccountAlreadyLinked(string name) => $"此账号已经绑定到{name}，无需再次绑定。";

    public override string AccountHeldByOther(string holder) =>
        $"此账号已绑定到{holder}，不能再绑定给其他人，没有做任何更改。如有疑问请联系管理员。";

    public override string ConfirmLinkIdentity(string name, string key, string realm, string userId) =>
        $"请确认：将{RealmName(realm)}账号 {userId} 绑定到{name}（{key}）？";

    public override string AdminIdentityChange(PersonChangeKind kind, string name, string realm, string userId, string? holder) => kind switch
    {
        PersonChangeKind.Linked => $"已将{RealmName(realm)}账号 {userId} 绑定到{name}。",
        PersonChangeKind.Unlinked => $"已解除{name}的{RealmName(realm)}账号 {userId}。",
        PersonChangeKind.Unchanged => $"{RealmName(realm)}账号 {userId} 已经绑定到{name}，没有变化。",
        PersonChangeKind.IdentityTaken => $"{RealmName(realm)}账号 {userId} 已绑定到{holder}，请先在那里解除，没有做任何更改。",
        PersonChangeKind.LastIdentity => $"{RealmName(realm)}账号 {userId} 是{name}唯一的账号，不能解除（如需停用请移除此人）。",
        PersonChangeKind.IdentityNotLinked => $"{name}没有{RealmName(realm)}账号 {userId}。",
        PersonChangeKind.NotFound => $"没有找到{name}。",
        PersonChangeKind.Inactive => $"{name}已被停用，请先重新添加。",
        _ => $"未能更改{name}的账号。",
    };

    public override string AskWhichVisitor(string name, int count) => $"最近有{count}位叫“{name}”的人给机器人发过消息，是哪一位？请回复序号：";

    public override string VisitorLine(int number, string name, string realm, string userId, DateTime seenAtUtc) =>
        string.Create(CultureInfo.InvariantCulture, $"{number}. {name}（{RealmName(realm)} {userId}，最近一次：{seenAtUtc:yyyy-MM-dd HH:mm} UTC）");
}
