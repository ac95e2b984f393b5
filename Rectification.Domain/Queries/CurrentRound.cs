using Microsoft.EntityFrameworkCore;
using Rectification.Domain.Findings;
using Rectification.Domain.Inspections;

namespace Rectification.Domain.Queries;

/// <summary>The one definition of the current inspection round (the one announced last) and of a finding read whole.</summary>
public static class CurrentRound
{
    /// <summary>The inspections, the current round first (the later announcement, then the later import).</summary>
    public static IOrderedQueryable<Inspection> LatestFirst(this IQueryable<Inspection> inspections) =>
        inspections.OrderByDescending(i => i.AnnouncementDate).ThenByDescending(i => i.Id);

    /// <summary>The findings of the current round, in one query with the round's lookup.</summary>
    public static IQueryable<Finding> OfCurrentRound(this IQueryable<Finding> findings, IQueryable<Inspection> inspections)
    {
        var currentInspectionId = inspections.LatestFirst().Select(i => i.Id).Take(1);
        return findings.Where(f => currentInspectionId.Contains(f.InspectionId));
    }

    /// <summary>Findings with their whole story: measures, next steps and history.</summary>
    public static IQueryable<Finding> WithDetails(this IQueryable<Finding> findings) =>
        findings.Include(f => f.Inspection).Include(f => f.Measures).Include(f => f.NextSteps).Include(f => f.History).AsSplitQuery();
}
