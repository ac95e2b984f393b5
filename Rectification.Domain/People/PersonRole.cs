namespace Rectification.Domain.People;

/// <summary>What a person may do in the ledger. Stored as its name.</summary>
public enum PersonRole
{
    /// <summary>Staff (工作人员): report progress on the findings of their own department.</summary>
    Staff,

    /// <summary>Leaders (领导): receive digests, report on any finding, sign findings off (销号) and reopen them.</summary>
    Leader,

    /// <summary>Administrators (管理员): manage people, assign owners and deadlines, correct entries; report on any finding.</summary>
    Admin,
}
