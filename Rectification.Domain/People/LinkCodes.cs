using Microsoft.EntityFrameworkCore;
using Rectification.Domain.Storage;

namespace Rectification.Domain.People;

/// <summary>
/// Self-service linking: a known person asks for a one-time code, and sending it from another account links that
/// account to them. Codes live in the database (hashed, with their expiry), so every instance honours them once.
/// </summary>
public sealed class LinkCodes(LedgerDbContext db, PeopleDirectory directory, TimeProvider clock)
{
    /// <summary>A new code for an active person, valid for <see cref="LinkCode.Lifetime"/>; earlier unused codes of theirs stop working.</summary>
    public async Task<IssuedLinkCode> IssueAsync(Person person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var now = Now();
        await db.LinkCodes.Where(c => c.PersonId == person.Id || c.ExpiresAtUtc < now).ExecuteDeleteAsync(cancellationToken);
        var (stored, code) = LinkCode.Issue(person, now);
        db.LinkCodes.Add(stored);
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedLinkCode(code, stored.ExpiresAtUtc);
    }

    /// <summary>Links the account that sent a code to the person the code was issued to; refused when the code is unknown, used or expired.</summary>
    public async Task<LinkRedemption> RedeemAsync(string typedCode, ChannelIdentity sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sender);
        var now = Now();
        var code = LinkCode.Normalize(typedCode) is { } normalized
            ? await db.LinkCodes.FirstOrDefaultAsync(c => c.CodeHash == LinkCode.Hash(normalized), cancellationToken)
            : null;
        var person = code is null ? null : await db.People.FirstOrDefaultAsync(p => p.Id == code.PersonId && p.Active, cancellationToken);
        if (code is null || person is null)
        {
            return new LinkRedemption(LinkRedemptionKind.Refused, Refusal: LinkCodeRefusal.Unknown);
        }

        if (code.RefusalAt(now) is { } refusal)
        {
            return new LinkRedemption(LinkRedemptionKind.Refused, person, Refusal: refusal);
        }

        var holder = await directory.FindAsync(sender, cancellationToken);
        if (holder is not null && holder.Id != person.Id)
        {
            // The code stays valid: the person may still send it from the account they meant.
            return new LinkRedemption(LinkRedemptionKind.HeldByOther, person, holder);
        }

        var linked = person.Link(sender, holder, now);
        code.Redeem(now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new LinkRedemption(LinkRedemptionKind.Refused, Refusal: LinkCodeRefusal.Used);
        }

        return new LinkRedemption(linked ? LinkRedemptionKind.Linked : LinkRedemptionKind.AlreadyLinked, person);
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}

/// <summary>A code to show the person once, and when it stops working.</summary>
public sealed record IssuedLinkCode(string Code, DateTime ExpiresAtUtc);

public enum LinkRedemptionKind
{
    /// <summary>The account is now the person's.</summary>
    Linked,

    /// <summary>The account was already the person's; the code is spent anyway.</summary>
    AlreadyLinked,

    /// <summary>The account belongs to someone else; nothing changed and the code is still valid.</summary>
    HeldByOther,

    Refused,
}

/// <summary>What a code did: the person it was for, the other holder of the account, or why it was refused.</summary>
public sealed record LinkRedemption(LinkRedemptionKind Kind, Person? Person = null, Person? Holder = null, LinkCodeRefusal? Refusal = null);
