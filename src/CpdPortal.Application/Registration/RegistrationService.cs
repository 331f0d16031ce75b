using CpdPortal.Application.Common;
using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Registration;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Registration;

/// <summary>
/// Social Work England registration: whether this registration year's CPD meets the rule, and each completed entry
/// in Social Work England's fields so it can be copied across. Read-only.
/// </summary>
public sealed class RegistrationService(ICpdPortalDbContext db, TimeProvider clock)
{
    public const int PageSize = Paging.DefaultPageSize;

    /// <summary>The year's status and a page of its completed entries; null when there is no such staff record.</summary>
    public async Task<RegistrationOverview?> GetOverviewAsync(int staffMemberId, int? page, CancellationToken ct = default)
    {
        var registered = await IsRegisteredAsync(staffMemberId, ct);
        if (registered is null)
        {
            return null;
        }

        if (registered is false)
        {
            return new RegistrationOverview(false, null, null);
        }

        var today = clock.UkToday();
        var rule = await RegistrationQueries.RuleAsync(db, ct);
        var year = rule.Year.PeriodContaining(today);
        // The year's entries with their stored criteria (docs/adr/0039): no writing read, no pairs compared. The
        // completed ones are the list, so their number is the list's total (no count of its own).
        var assessed = await StoredCriteria.InYearAsync(db, staffMemberId, year, ct);
        var status = RegistrationCompliance.EvaluateAssessed(rule, assessed, today);
        var byId = assessed.ToDictionary(a => a.ActivityId);

        var completed = db.CpdActivities.Where(a =>
            a.StaffMemberId == staffMemberId && a.Status == ActivityStatus.Complete
            && a.Date >= year.Start && a.Date <= year.End);
        var total = assessed.Count(a => a.IsMet(RegistrationCriterion.Completed));
        var pageNumber = Paging.PageToShow(page, total, PageSize);
        var items = await completed
            .OrderByDescending(a => a.Date).ThenByDescending(a => a.Id)
            .Skip((pageNumber - 1) * PageSize)
            .Take(PageSize)
            .Select(a => new RegistrationEntrySummary(a.Id, a.Title, a.Date, a.Method!.Name, a.PeerReflection != null && a.PeerReflection != ""))
            .ToListAsync(ct);
        var rows = items
            .Select(i => byId.TryGetValue(i.ActivityId, out var a) ? i with { Counts = a.Counts, Missing = a.Missing } : i)
            .ToList();
        var drafts = assessed.Count(a => !a.IsMet(RegistrationCriterion.Completed));

        return new RegistrationOverview(true, status, new PagedResult<RegistrationEntrySummary>(rows, pageNumber, PageSize, total), drafts);
    }

    /// <summary>
    /// Social Work England's criteria for one of the person's own not-deleted entries, for its detail page; null for
    /// someone who is not a registered social worker (the rule does not apply) or an entry that is not theirs.
    /// </summary>
    public async Task<EntryCriteriaView?> GetCriteriaAsync(int staffMemberId, int activityId, CancellationToken ct = default)
    {
        if (await IsRegisteredAsync(staffMemberId, ct) is not true)
        {
            return null;
        }

        var rule = await RegistrationQueries.RuleAsync(db, ct);
        var year = rule.Year.PeriodContaining(clock.UkToday());

        // An entry of the year counted, with a stored row that can stand, needs no writing (docs/adr/0039).
        var stored = await StoredCriteria.Rows(db, db.CpdActivities.Where(a => a.Id == activityId && a.StaffMemberId == staffMemberId)).SingleOrDefaultAsync(ct);
        if (stored is null)
        {
            return null;
        }

        if (year.Contains(stored.Date) && stored.ToAssessment(year) is { } kept)
        {
            return new EntryCriteriaView(year, kept);
        }

        var from = year.Previous().Start;
        var entries = await db.CpdActivities
            .Where(a => a.StaffMemberId == staffMemberId
                && (a.Id == activityId || (a.Date >= from && a.Date <= year.End)))
            .Select(a => new CriteriaEntry(a.Id, a.Title, a.Date, a.Status, a.Description, a.WhatLearnt, a.Impact, a.PeerReflection))
            .ToListAsync(ct);
        var assessment = RegistrationCriteria.AssessOne(activityId, entries, year);
        return assessment is null ? null : new EntryCriteriaView(year, assessment);
    }

    /// <summary>True or false for a staff record, null when there is none.</summary>
    public Task<bool?> IsRegisteredAsync(int staffMemberId, CancellationToken ct = default) =>
        db.StaffMembers
            .Where(s => s.Id == staffMemberId)
            .Select(s => (bool?)(s.RegistrationNumber != null))
            .SingleOrDefaultAsync(ct);

    /// <summary>
    /// One of the person's own completed, not-deleted entries in Social Work England's fields; null for anyone
    /// else's, a deleted one or a draft (the page answers 404 and shows nothing).
    /// </summary>
    public Task<SweEntry?> GetEntryAsync(int staffMemberId, int activityId, CancellationToken ct = default) =>
        db.CpdActivities
            .Where(a => a.Id == activityId && a.StaffMemberId == staffMemberId && a.Status == ActivityStatus.Complete)
            .Select(a => new SweEntry(a.Id, a.Title, a.Method!.Name, a.Description, a.Date, a.WhatLearnt, a.Impact, a.PeerName, a.PeerReflection))
            .SingleOrDefaultAsync(ct);
}
