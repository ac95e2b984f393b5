using Rectification.Domain.Supervision;
using Rectification.Domain.Findings;

namespace Rectification.Bot.Web.Ledger;

/// <summary>What the ledger table shows, as its query string says: ?status=InProgress&amp;department=…&amp;overdue=1.</summary>
internal sealed record LedgerFilter(FindingStatus? Status, string? Department, bool OverdueOnly)
{
    public const string StatusKey = "status";
    public const string DepartmentKey = "department";
    public const string OverdueKey = "overdue";

    /// <summary>The filter of a request; on a value it does not know, the offending key and value instead.</summary>
    public static (LedgerFilter? Filter, (string Key, string Value)? Unknown) From(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        FindingStatus? status = null;
        var writtenStatus = query[StatusKey].ToString();
        if (writtenStatus.Length > 0)
        {
            if (!Enum.TryParse<FindingStatus>(writtenStatus, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(writtenStatus, out _))
            {
                return (null, (StatusKey, writtenStatus));
            }

            status = parsed;
        }

        var overdue = query[OverdueKey].ToString();
        if (overdue is not ("" or "1" or "true" or "on"))
        {
            return (null, (OverdueKey, overdue));
        }

        var department = query[DepartmentKey].ToString().Trim();
        return (new LedgerFilter(status, department.Length == 0 ? null : department, overdue.Length > 0), null);
    }

    /// <summary>Whether the finding passes the filter; "overdue" is the ladder's (working days, 长期坚持 never).</summary>
    public bool Shows(Finding finding, SupervisionStanding standing)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(standing);
        return (Status is not { } status || finding.Status == status)
            && (Department is null || string.Equals(finding.ResponsibleDepartment, Department, StringComparison.Ordinal))
            && (!OverdueOnly || standing.IsOverdue);
    }
}
