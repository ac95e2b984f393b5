namespace Rectification.Domain.People;

/// <summary>A change to a person's identities that the rules refuse. The message is for logs; channels phrase it for people.</summary>
public abstract class PersonRuleException(string message) : InvalidOperationException(message);

/// <summary>The account is already linked to someone else: unlink it there first.</summary>
public sealed class IdentityHeldByOtherPersonException(ChannelIdentity identity, Person holder)
    : PersonRuleException($"{identity.Realm} account {identity.UserId} is already linked to {holder.Name} (key {holder.Key}{(holder.Active ? string.Empty : ", removed")}); unlink it there first.")
{
    public ChannelIdentity Identity { get; } = identity;

    public Person Holder { get; } = holder;
}

/// <summary>Unlinking the only account a person has: they would be unreachable; remove the person instead.</summary>
public sealed class LastIdentityException(Person person)
    : PersonRuleException($"{person.Name} has no other account; a person keeps at least one (remove the person instead).")
{
    public Person Person { get; } = person;
}

/// <summary>Unlinking an account the person does not have.</summary>
public sealed class IdentityNotLinkedException(Person person, ChannelIdentity identity)
    : PersonRuleException($"{person.Name} has no {identity.Realm} account {identity.UserId}.")
{
    public Person Person { get; } = person;

    public ChannelIdentity Identity { get; } = identity;
}
