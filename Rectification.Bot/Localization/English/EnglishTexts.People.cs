using System.Globalization;
using Rectification.Domain.People;

namespace Rectification.Bot.Localization;

internal sealed partial class EnglishTexts
{
    public override string RealmName(string realm) => realm == IdentityRealm.Telegram ? "Telegram" : "Teams (Microsoft account)";

    public override string LinkCodeIssued(string code, int validMinutes, string? realm) =>
        $"Your link code is {code}. It works once, for {validMinutes} minutes. " + (realm == IdentityRealm.Telegram || realm is null
            ? $"Send /link {code} to this bot in Telegram"
            : $"Send \"link {code}\" to this bot from the {RealmName(realm)} account to link")
        + "; once linked, your role and department there are the same as here. Do not share the code.";

    public override string LinkNeedsRegisteredPerson => "Only registered people can link another account; an administrator needs to register you first.";

    public override string LinkCodeOnlyInPersonalChat => "Link codes are only sent in a personal chat with me, where nobody else can read them. Please send \"link telegram\" there.";

    public override string LinkCodeRefused(LinkCodeRefusal refusal, int validMinutes) => refusal switch
    {
        LinkCodeRefusal.Expired => $"That link code has expired (codes work for {validMinutes} minutes); nothing was linked. Send \"link telegram\" from your registered account for a new one.",
        LinkCodeRefusal.Used => "That link code has already been used; each code works once. Send \"link telegram\" from your registered account for a new one.",
        _ => "That link code is not right; nothing was linked. Check it and send it again, or send \"link telegram\" from your registered account for a new one.",
    };

    public override string AccountLinked(string name, PersonRole role, string? department) =>
        $"Linked: this account is now {name}'s, as {RoleName(role)}" + (department is null ? "." : $" of {department}.");

    public override string AccountAlreadyLinked(string name) => $"This account is already {name}'s; nothing to do.";

    public override string AccountHeldByOther(string holder) =>
        $"This account is already linked to {holder}, so it cannot be linked to anyone else; nothing was changed. Please ask an administrator if this is wrong.";

    public override string ConfirmLinkIdentity(string name, string key, string realm, string userId) =>
        $"Please confirm: link {RealmName(realm)} account {userId} to {name} ({key})?";

    public override string AdminIdentityChange(PersonChangeKind kind, string name, string realm, string userId, string? holder) => kind switch
    {
        PersonChangeKind.Linked => $"Linked {RealmName(realm)} account {userId} to {name}.",
        PersonChangeKind.Unlinked => $"Unlinked {RealmName(realm)} account {userId} from {name}.",
        PersonChangeKind.Unchanged => $"{RealmName(realm)} account {userId} is already {name}'s; nothing changed.",
        PersonChangeKind.IdentityTaken => $"{RealmName(realm)} account {userId} is already linked to {holder}; unlink it there first. Nothing was changed.",
        PersonChangeKind.LastIdentity => $"{RealmName(realm)} account {userId} is {name}'s only account and cannot be unlinked (remove the person instead).",
        PersonChangeKind.IdentityNotLinked => $"{name} has no {RealmName(realm)} account {userId}.",
        PersonChangeKind.NotFound => $"There is nobody called {name}.",
        PersonChangeKind.Inactive => $"{name} was removed; add them again first.",
        _ => $"Could not change {name}'s accounts.",
    };

    public override string AskWhichVisitor(string name, int count) => $"{count} people called \"{name}\" wrote to me recently. Which one? Reply with the number:";

    public override string VisitorLine(int number, string name, string realm, string userId, DateTime seenAtUtc) =>
        string.Create(CultureInfo.InvariantCulture, $"{number}. {name} ({RealmName(realm)} {userId}, last seen {seenAtUtc:yyyy-MM-dd HH:mm} UTC)");
}
