namespace Rectification.Domain.People;

/// <summary>
/// Someone the bot knows: by one or more accounts (<see cref="Identities"/>: a Teams account, a Telegram account),
/// with a role and, for staff, the department whose findings they report on; role and department apply on every
/// channel. <see cref="Key"/> is the stable id history entries record as their author, whatever account they used.
/// People are deactivated, never deleted, so the history keeps meaning who its authors were.
/// </summary>
public sealed class Person
{
    public const int MaxIdLength = 200;
    public const int MaxNameLength = 200;
    public const int MaxDepartmentLength = 200;

    private readonly List<PersonIdentity> _identities = [];

    private Person()
    {
        Key = string.Empty;
        Name = string.Empty;
    }

    /// <param name="key">The stable author key (see <see cref="Key"/>); usually the first account's id.</param>
    /// <param name="identity">The first account the person is known by.</param>
    public Person(string key, ChannelIdentity identity, string name, PersonRole role, string? department, DateTime addedAtUtc)
    {
        ArgumentNullException.ThrowIfNull(identity);
        Key = PersonText.Require(key, MaxIdLength, nameof(key));
        Name = PersonText.Require(name, MaxNameLength, nameof(name));
        Role = role;
        Department = NormalizeDepartment(department);
        Active = true;
        AddedAtUtc = DateTime.SpecifyKind(addedAtUtc, DateTimeKind.Utc);
        ChangedAtUtc = AddedAtUtc;
        _identities.Add(new PersonIdentity(identity.Realm, identity.UserId, identity.AlternateUserId, addedAtUtc));
    }

    public int Id { get; private set; }

    /// <summary>
    /// The id history entries record for this person (<see cref="Findings.ProgressAuthor.UserId"/>), unique and never
    /// changed: people registered before identities existed keep their old channel user id, so old entries still name them.
    /// </summary>
    public string Key { get; private set; }

    /// <summary>The accounts this person is known by (at least one), each unique across people.</summary>
    public IReadOnlyList<PersonIdentity> Identities => _identities;

    public string Name { get; private set; }

    public PersonRole Role { get; private set; }

    /// <summary>The department (责任部门) whose findings a staff member reports on; optional for leaders and admins.</summary>
    public string? Department { get; private set; }

    /// <summary>
    /// Head of their department (处室负责人): a yellow supervision reminder about one of the department's findings reaches
    /// them as well as its staff. Meaningless without a department.
    /// </summary>
    public bool IsDepartmentHead { get; private set; }

    /// <summary>False once removed: a removed person is refused everything until added again.</summary>
    public bool Active { get; private set; }

    public DateTime AddedAtUtc { get; private set; }

    public DateTime ChangedAtUtc { get; private set; }

    /// <summary>Whether the given department names the same department as this person's (trimmed, case-insensitive).</summary>
    public bool BelongsTo(string? department) =>
        Department is not null && NormalizeDepartment(department) is { } other && SameDepartment(Department, other);

    /// <summary>Whether this person is known by the account a channel names.</summary>
    public bool IsIdentifiedBy(ChannelIdentity identity) => IdentityFor(identity) is not null;

    /// <summary>Whether this person is named by a word an administrator typed: the key or either id of an account.</summary>
    public bool IsNamedBy(string? reference) =>
        !string.IsNullOrWhiteSpace(reference)
        && (string.Equals(Key, reference.Trim(), StringComparison.Ordinal) || _identities.Any(i => i.HasId(reference.Trim())));

    /// <summary>Whether a finding's responsible leader, as the ledger writes it (a name or a key), is this person.</summary>
    public bool IsLeaderNamed(string? leader) =>
        !string.IsNullOrWhiteSpace(leader) && (string.Equals(Name, leader.Trim(), StringComparison.Ordinal) || IsNamedBy(leader));

    /// <summary>The person's account a channel names, or null.</summary>
    public PersonIdentity? IdentityFor(ChannelIdentity identity) => _identities.FirstOrDefault(i => i.Matches(identity));

    /// <summary>
    /// Links another account to this person. <paramref name="holder"/> is whoever holds the account now (as the
    /// directory finds it): someone else is refused, this person already having it changes nothing (false).
    /// </summary>
    public bool Link(ChannelIdentity identity, Person? holder, DateTime atUtc)
    {
        ArgumentNullException.ThrowIfNull(identity);
        if (holder is not null && !ReferenceEquals(holder, this) && (Id == 0 || holder.Id != Id))
        {
            throw new IdentityHeldByOtherPersonException(identity, holder);
        }

        if (IdentityFor(identity) is { } existing)
        {
            existing.Learn(identity.AlternateUserId);
            return false;
        }

        _identities.Add(new PersonIdentity(identity.Realm, identity.UserId, identity.AlternateUserId, atUtc));
        Changed(atUtc);
        return true;
    }

    /// <summary>Unlinks an account; a person keeps at least one.</summary>
    public void Unlink(ChannelIdentity identity, DateTime atUtc)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var linked = IdentityFor(identity) ?? throw new IdentityNotLinkedException(this, identity);
        if (_identities.Count == 1)
        {
            throw new LastIdentityException(this);
        }

        _identities.Remove(linked);
        Changed(atUtc);
    }

    public void Rename(string name, DateTime atUtc)
    {
        Name = PersonText.Require(name, MaxNameLength, nameof(name));
        Changed(atUtc);
    }

    public void ChangeRole(PersonRole role, DateTime atUtc)
    {
        Role = role;
        Changed(atUtc);
    }

    /// <summary>Makes the person the head of their department, or no longer; false when nothing changed.</summary>
    public bool MakeDepartmentHead(bool head, DateTime atUtc)
    {
        if (IsDepartmentHead == head)
        {
            return false;
        }

        IsDepartmentHead = head;
        Changed(atUtc);
        return true;
    }

    /// <summary>Whether this person heads the given department (and is active).</summary>
    public bool HeadsDepartment(string? department) => Active && IsDepartmentHead && BelongsTo(department);

    public void MoveToDepartment(string? department, DateTime atUtc)
    {
        Department = NormalizeDepartment(department);
        Changed(atUtc);
    }

    public void Deactivate(DateTime atUtc)
    {
        Active = false;
        Changed(atUtc);
    }

    /// <summary>Brings a removed person back with their new details.</summary>
    public void Reactivate(string name, PersonRole role, string? department, DateTime atUtc)
    {
        Name = PersonText.Require(name, MaxNameLength, nameof(name));
        Role = role;
        Department = NormalizeDepartment(department);
        Active = true;
        Changed(atUtc);
    }

    /// <summary>Departments are compared trimmed and case-insensitively (names are mostly Chinese, so that is rarely felt).</summary>
    public static bool SameDepartment(string? left, string? right) =>
        NormalizeDepartment(left) is { } l && NormalizeDepartment(right) is { } r && string.Equals(l, r, StringComparison.OrdinalIgnoreCase);

    public static string? NormalizeDepartment(string? department) => PersonText.Optional(department, MaxDepartmentLength, nameof(department));

    private void Changed(DateTime atUtc) => ChangedAtUtc = DateTime.SpecifyKind(atUtc, DateTimeKind.Utc);
}
