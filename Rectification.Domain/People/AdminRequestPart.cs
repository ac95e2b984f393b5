namespace Rectification.Domain.People;

/// <summary>What an administrator's request left out, so the answer can name it.</summary>
public enum AdminRequestPart
{
    Role,
    NewPersonRole,
    Department,
    Deadline,
}
