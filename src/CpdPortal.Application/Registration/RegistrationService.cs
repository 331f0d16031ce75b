using CpdPortal.Application.Common;
using CpdPortal.Domain.Activities;
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
        var status = await RegistrationQueries.EvaluateAsync(db, staffMemberId, rule, today, ct);

        var year = status.Year;
        var completed = db.CpdActivities.Where(a =>
            a.StaffMemberId == staffMemberId && a.Status == ActivityStatus.Complete
            && a.Date >= year.Start && a.Date <= year.End);
        var total = await completed.CountAsync(ct);
        var pageNumber = Paging.Normalise(page);
        var items = await completed
            .OrderByDescending(a => a.Date).ThenByDescending(a => a.Id)
            .Skip((pageNumber - 1) * PageSize)
            .Take(PageSize)
            .Select(a => new RegistrationEntrySummary(a.Id, a.Title, a.Date, a.Method!.Name, a.PeerReflection != null && a.PeerReflection != ""))
            .ToListAsync(ct);

        return new RegistrationOverview(true, status, new PagedResult<RegistrationEntrySummary>(items, pageNumber, PageSize, total));
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
