using Rectification.Domain.People;

namespace Rectification.Bot.Localization;

/// <summary>People across channels: linking accounts with a one-time code, administrators linking them, recent visitors.</summary>
public abstract partial class Texts
{
    /// <summary>The kind of account, as people call it (Telegram, Teams/Microsoft).</summary>
    public abstract string RealmName(string realm);

    /// <summary>The one-time code and how to send it from the other account.</summary>
    public abstract string LinkCodeIssued(string code, int validMinutes, string? realm);

    /// <summary>Only registered people can link another account (the unknown have nothing to link to); whom to ask follows.</summary>
    public abstract string LinkNeedsRegisteredPerson { get; }

    /// <summary>A code is shown only in a personal chat, where nobody else reads it.</summary>
    public abstract string LinkCodeOnlyInPersonalChat { get; }

    public abstract string LinkCodeRefused(LinkCodeRefusal refusal, int validMinutes);

    /// <summary>The account that sent the code is now the person's; their role and department apply here too.</summary>
    public abstract string AccountLinked(string name, PersonRole role, string? department);

    public abstract string AccountAlreadyLinked(string name);

    /// <summary>The account that sent the code belongs to someone else: nothing changed, the code still works elsewhere.</summary>
    public abstract string AccountHeldByOther(string holder);

    /// <summary>An administrator's link, before it is confirmed.</summary>
    public abstract string ConfirmLinkIdentity(string name, string key, string realm, string userId);

    /// <summary>What an administrator's link or unlink did.</summary>
    public abstract string AdminIdentityChange(PersonChangeKind kind, string name, string realm, string userId, string? holder);

    /// <summary>Several people of this name wrote to the bot recently: which one (their lines follow).</summary>
    public abstract string AskWhichVisitor(string name, int count);

    /// <summary>One recent visitor in a list to choose from.</summary>
    public abstract string VisitorLine(int number, string name, string realm, string userId, DateTime seenAtUtc);
}
