using System.Security.Cryptography;
using System.Text;

namespace Rectification.Domain.People;

/// <summary>
/// A one-time code a known person asks for ("link telegram") and then sends from another account to link that
/// account to themselves. Only the code's hash is stored, with its expiry; it is valid for <see cref="Lifetime"/>
/// and used once (<see cref="UsedAtUtc"/> is a concurrency token, so two instances cannot both redeem it).
/// </summary>
public sealed class LinkCode
{
    public const int Length = 8;

    /// <summary>Letters and digits that cannot be mistaken for one another (no 0/O, 1/I/L).</summary>
    public const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public const int HashLength = 64;

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private LinkCode()
    {
        CodeHash = string.Empty;
    }

    private LinkCode(int personId, string codeHash, DateTime createdAtUtc)
    {
        PersonId = personId;
        CodeHash = codeHash;
        CreatedAtUtc = DateTime.SpecifyKind(createdAtUtc, DateTimeKind.Utc);
        ExpiresAtUtc = CreatedAtUtc + Lifetime;
    }

    public long Id { get; private set; }

    /// <summary>The person the redeeming account is linked to.</summary>
    public int PersonId { get; private set; }

    /// <summary>SHA-256 of the normalized code, hex: the code itself is never stored.</summary>
    public string CodeHash { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime ExpiresAtUtc { get; private set; }

    public DateTime? UsedAtUtc { get; private set; }

    /// <summary>A new code for a person: the entity to store, and the code to show them (only now).</summary>
    public static (LinkCode Stored, string Code) Issue(Person person, DateTime atUtc)
    {
        ArgumentNullException.ThrowIfNull(person);
        var code = RandomNumberGenerator.GetString(Alphabet, Length);
        return (new LinkCode(person.Id, Hash(code), atUtc), code);
    }

    /// <summary>The code as people type it, made comparable (spaces and dashes dropped, upper case); null when it cannot be a code.</summary>
    public static string? Normalize(string? typed)
    {
        var code = new string((typed ?? string.Empty).Where(c => c is not (' ' or '-')).ToArray()).ToUpperInvariant();
        return code.Length == Length && code.All(c => Alphabet.Contains(c, StringComparison.Ordinal)) ? code : null;
    }

    public static string Hash(string normalizedCode) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalizedCode)));

    /// <summary>Why this code cannot be redeemed now, or null when it can.</summary>
    public LinkCodeRefusal? RefusalAt(DateTime atUtc) =>
        UsedAtUtc is not null ? LinkCodeRefusal.Used
        : atUtc >= ExpiresAtUtc ? LinkCodeRefusal.Expired
        : null;

    /// <summary>Marks the code used; a used or expired code is refused.</summary>
    public void Redeem(DateTime atUtc)
    {
        if (RefusalAt(atUtc) is { } refusal)
        {
            throw new LinkCodeRefusedException(refusal);
        }

        UsedAtUtc = DateTime.SpecifyKind(atUtc, DateTimeKind.Utc);
    }
}

/// <summary>Why a link code was refused.</summary>
public enum LinkCodeRefusal
{
    /// <summary>No code like it was ever issued (or it was mistyped).</summary>
    Unknown,

    Expired,

    Used,
}

public sealed class LinkCodeRefusedException(LinkCodeRefusal refusal) : PersonRuleException($"The link code is refused: {refusal}.")
{
    public LinkCodeRefusal Refusal { get; } = refusal;
}
