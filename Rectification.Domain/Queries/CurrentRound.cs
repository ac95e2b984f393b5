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

    /// <summary>
    /// The inspections in the order rounds are numbered (第一轮 is the earliest fed back): the ordinal a person
    /// names a round by ("第二轮", "round 2") is its place here, counted from 1.
    /// </summary>
    public static IOrderedQueryable<Inspection> InRoundOrder(this IQueryable<Inspection> inspections) =>
        inspections.OrderBy(i => i.FeedbackDate).ThenBy(i => i.AnnouncementDate).ThenBy(i => i.Id);

    /// <summary>
    /// The findings of one round: <paramref name="inspectionId"/>'s, or the current round's (the one announced last)
    /// when it is null.
    /// </summary>
    public static IQueryable<Finding> OfRound(this IQueryable<Finding> findings, int? inspectionId, IQueryable<Inspection> inspections) =>
        inspectionId is { } id ? findings.Where(f => f.InspectionId == id) : findings.OfCurrentRound(inspections);

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
