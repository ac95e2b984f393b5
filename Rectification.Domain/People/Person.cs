namespace Rectification.Domain.People;

/// <summary>
/// Someone the bot knows: identified by the channel's user id (the Teams AAD object id where present), with a
/// role and, for staff, the department whose findings they report on. People are deactivated, never deleted,
/// so the history keeps meaning who its authors were.
/// </summary>
public sealed class Person
{
    public const int MaxIdLength = 200;
    public const int MaxNameLength = 200;
    public const int MaxDepartmentLength = 200;

    private Person()
    {
        ChannelUserId = string.Empty;
        Name = string.Empty;
    }

    public Person(string channelUserId, string name, PersonRole role, string? department, DateTime addedAtUtc, string? aadObjectId = null)
    {
        ChannelUserId = RequireText(channelUserId, MaxIdLength, nameof(channelUserId));
        Name = RequireText(name, MaxNameLength, nameof(name));
        AadObjectId = OptionalText(aadObjectId, MaxIdLength, nameof(aadObjectId));
        Role = role;
        Department = NormalizeDepartment(department);
        Active = true;
        AddedAtUtc = DateTime.SpecifyKind(addedAtUtc, DateTimeKind.Utc);
        ChangedAtUtc = AddedAtUtc;
    }

    public int Id { get; private set; }

    /// <summary>The channel's user id (unique): the Teams AAD object id where present, else the channel's own id.</summary>
    public string ChannelUserId { get; private set; }

    /// <summary>An optional second identity: the Azure AD object id, when <see cref="ChannelUserId"/> is another id.</summary>
    public string? AadObjectId { get; private set; }

    public string Name { get; private set; }

    public PersonRole Role { get; private set; }

    /// <summary>The department (责任部门) whose findings a staff member reports on; optional for leaders and admins.</summary>
    public string? Department { get; private set; }

    /// <summary>False once removed: a removed person is refused everything until added again.</summary>
    public bool Active { get; private set; }

    public DateTime AddedAtUtc { get; private set; }

    public DateTime ChangedAtUtc { get; private set; }

    /// <summary>Whether the given department names the same department as this person's (trimmed, case-insensitive).</summary>
    public bool BelongsTo(string? department) =>
        Department is not null && NormalizeDepartment(department) is { } other && SameDepartment(Department, other);

    /// <summary>Whether this person answers to the given identity (either id may be the channel id or the AAD id).</summary>
    public bool IsIdentifiedBy(string? userId, string? aadObjectId = null) =>
        Matches(userId) || Matches(aadObjectId);

    public void Rename(string name, DateTime atUtc)
    {
        Name = RequireText(name, MaxNameLength, nameof(name));
        Changed(atUtc);
    }

    public void ChangeRole(PersonRole role, DateTime atUtc)
    {
        Role = role;
        Changed(atUtc);
    }

    public void MoveToDepartment(string? department, DateTime atUtc)
    {
        Department = NormalizeDepartment(department);
        Changed(atUtc);
    }

    public void LinkAadObjectId(string? aadObjectId, DateTime atUtc)
    {
        AadObjectId = OptionalText(aadObjectId, MaxIdLength, nameof(aadObjectId));
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
        Name = RequireText(name, MaxNameLength, nameof(name));
        Role = role;
        Department = NormalizeDepartment(department);
        Active = true;
        Changed(atUtc);
    }

    /// <summary>Departments are compared trimmed and case-insensitively (names are mostly Chinese, so that is rarely felt).</summary>
    public static bool SameDepartment(string? left, string? right) =>
        NormalizeDepartment(left) is { } l && NormalizeDepartment(right) is { } r && string.Equals(l, r, StringComparison.OrdinalIgnoreCase);

    public static string? NormalizeDepartment(string? department) => OptionalText(department, MaxDepartmentLength, nameof(department));

    private bool Matches(string? id) =>
        !string.IsNullOrWhiteSpace(id)
        && (string.Equals(ChannelUserId, id.Trim(), StringComparison.Ordinal) || string.Equals(AadObjectId, id.Trim(), StringComparison.Ordinal));

    private void Changed(DateTime atUtc) => ChangedAtUtc = DateTime.SpecifyKind(atUtc, DateTimeKind.Utc);

    private static string RequireText(string value, int maxLength, string parameter)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, parameter);
        return OptionalText(value, maxLength, parameter)!;
    }

    private static string? OptionalText(string? value, int maxLength, string parameter)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        return trimmed.Length <= maxLength
            ? trimmed
            : throw new ArgumentException($"At most {maxLength} characters.", parameter);
    }
}
