using CpdPortal.Application.Auditing;
using CpdPortal.Application.Common;
using CpdPortal.Application.Competence;
using CpdPortal.Application.ReflectionQuality;
using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Common;
using CpdPortal.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Activities;

/// <summary>
/// A practitioner's own CPD record: list, view, record, edit and delete. Every method takes the signed-in person's
/// staff id and finds nothing that belongs to anyone else.
/// </summary>
public sealed class ActivityService(ICpdPortalDbContext db, TimeProvider clock, IEvidenceStore store, IAuditLog audit)
{
    public const string AreaField = "AreaIds";
    public const string AreasNotMine = "Select areas from your own frameworks";
    public const string MethodMissing = "Select how you learnt";

    public async Task<ActivityList> ListAsync(int staffMemberId, ActivityListQuery query, CancellationToken ct = default)
    {
        var settings = await SettingsAsync(ct);
        var today = clock.UkToday();
        var policy = settings.LearningYear;
        var current = policy.PeriodContaining(today);
        var mine = Mine(staffMemberId);

        var dates = await mine.Select(a => a.Date).Distinct().ToListAsync(ct);
        var years = dates.Select(policy.PeriodContaining).Append(current).Distinct().OrderByDescending(p => p.Start).ToList();
        var year = years.Exists(p => p.Start.Year == query.Year) ? years.Find(p => p.Start.Year == query.Year) : current;

        var methods = await db.CpdMethods
            .OrderBy(m => m.Order).ThenBy(m => m.Name)
            .Select(m => new NamedOption(m.Id, m.Name))
            .ToListAsync(ct);
        var frameworks = await FrameworksForAsync(staffMemberId, ct);
        var methodId = methods.Exists(m => m.Id == query.MethodId) ? query.MethodId : null;
        var areaId = frameworks.Exists(f => f.Areas.Any(a => a.Id == query.AreaId)) ? query.AreaId : null;

        var start = year.Start;
        var end = year.End;
        var filtered = mine.Where(a => a.Date >= start && a.Date <= end);
        if (methodId is { } m)
        {
            filtered = filtered.Where(a => a.MethodId == m);
        }

        if (areaId is { } area)
        {
            filtered = filtered.Where(a => a.Areas.Any(x => x.AreaId == area));
        }

        // The count and the hours in one command (docs/adr/0031).
        var totals = await filtered
            .GroupBy(a => 1)
            .Select(g => new { Count = g.Count(), Hours = g.Sum(a => a.Hours) })
            .SingleOrDefaultAsync(ct);
        var count = totals?.Count ?? 0;
        var hours = totals?.Hours ?? 0m;
        var page = Paging.PageToShow(query.Page, count, Paging.DefaultPageSize);
        var workingDay = settings.WorkingDayHours;
        var rows = (await filtered
                .OrderByDescending(a => a.Date).ThenByDescending(a => a.Id)
                .Skip((page - 1) * Paging.DefaultPageSize)
                .Take(Paging.DefaultPageSize)
                .Select(a => new { a.Id, a.Date, a.EndDate, a.Title, MethodName = a.Method!.Name, a.Hours, a.Status, a.Certificated })
                .ToListAsync(ct))
            .Select(a => new ActivityRow(a.Id, a.Date, a.EndDate, a.Title, a.MethodName, a.Hours, Entitlement.ToDays(a.Hours, workingDay), a.Status, a.Certificated))
            .ToList();

        var entitlement = await EntitlementReader.ReadAsync(db, settings, staffMemberId, today, ct);
        return new ActivityList(
            new ActivityFilter(year.Start.Year, methodId, areaId),
            years,
            methods,
            frameworks,
            new PagedResult<ActivityRow>(rows, page, Paging.DefaultPageSize, count),
            new ActivityTotals(count, hours, Entitlement.ToDays(hours, workingDay)),
            entitlement);
    }

    /// <summary>What the form offers. For an entry being edited (<paramref name="activityId"/>) its method stays listed even if since retired.</summary>
    public async Task<ActivityFormOptions> FormOptionsAsync(int staffMemberId, int? activityId = null, CancellationToken ct = default)
    {
        var currentMethodId = await CurrentMethodIdAsync(staffMemberId, activityId, ct);
        var methods = await db.CpdMethods
            .Where(m => m.IsActive || m.Id == currentMethodId)
            .OrderBy(m => m.Order).ThenBy(m => m.Name)
            .Select(m => new NamedOption(m.Id, m.Name))
            .ToListAsync(ct);
        var settings = await SettingsAsync(ct);
        return new ActivityFormOptions(methods, await FrameworksForAsync(staffMemberId, ct), settings.WorkingDayHours);
    }

    public async Task<ActivityDetail?> GetAsync(int staffMemberId, int id, CancellationToken ct = default)
    {
        var settings = await SettingsAsync(ct);
        var a = await Mine(staffMemberId)
            .Where(a => a.Id == id)
            .Select(a => new
            {
                a.Id,
                MethodName = a.Method!.Name,
                a.Title,
                a.Date,
                a.EndDate,
                a.Hours,
                a.Description,
                a.WhatLearnt,
                a.Impact,
                a.PeerName,
                a.PeerReflection,
                a.Certificated,
                a.Status,
                a.CourseId,
                Evidence = a.Evidence
                    .OrderBy(e => e.UploadedAt).ThenBy(e => e.Id)
                    .Select(e => new EvidenceRow(e.Id, e.OriginalName, e.ContentType, e.SizeBytes, e.UploadedAt))
                    .ToList(),
            })
            .SingleOrDefaultAsync(ct);
        if (a is null)
        {
            return null;
        }

        var linked = Mine(staffMemberId).Where(x => x.Id == id).SelectMany(x => x.Areas).Select(x => x.AreaId);
        var areas = await db.CompetenceAreas
            .Where(c => linked.Contains(c.Id))
            .OrderBy(c => c.Framework!.Name).ThenBy(c => c.Order)
            .Select(c => c.Name + " (" + c.Framework!.Name + ")")
            .ToListAsync(ct);
        var used = await EvidenceBytesUsedAsync(db, staffMemberId, ct);
        return new ActivityDetail(
            a.Id,
            a.MethodName,
            a.Title,
            a.Date,
            a.EndDate,
            a.Hours,
            Entitlement.ToDays(a.Hours, settings.WorkingDayHours),
            a.Description,
            a.WhatLearnt,
            a.Impact,
            a.PeerName,
            a.PeerReflection,
            a.Certificated,
            a.Status,
            a.CourseId is not null,
            areas,
            a.Evidence,
            new EvidenceAllowance(settings.EvidenceFileMaxMegabytes, settings.EvidencePerPersonMaxMegabytes, used));
    }

    /// <summary>The entry as the form edits it, or null if it is not this person's (or is deleted).</summary>
    public async Task<ActivityDetails?> GetForEditAsync(int staffMemberId, int id, CancellationToken ct = default)
    {
        var a = await Mine(staffMemberId)
            .Where(a => a.Id == id)
            .Select(a => new
            {
                a.MethodId,
                a.Title,
                a.Date,
                a.EndDate,
                a.Hours,
                a.Description,
                a.WhatLearnt,
                a.Impact,
                a.PeerName,
                a.PeerReflection,
                a.Certificated,
                a.Status,
                AreaIds = a.Areas.Select(x => x.AreaId).ToList(),
            })
            .SingleOrDefaultAsync(ct);
        return a is null
            ? null
            : new ActivityDetails(a.MethodId, a.Title, a.Date, a.EndDate, a.Hours, a.Description, a.WhatLearnt, a.Impact, a.PeerName, a.PeerReflection, a.Certificated, a.Status, a.AreaIds);
    }

    public Task<bool> ExistsAsync(int staffMemberId, int id, CancellationToken ct = default) =>
        Mine(staffMemberId).AnyAsync(a => a.Id == id, ct);

    /// <summary>
    /// Every rule the entry breaks: the domain's, an unknown or retired method, and linked areas outside the person's
    /// own frameworks. Saves nothing.
    /// </summary>
    public async Task<IReadOnlyList<FieldError>> CheckAsync(int staffMemberId, ActivityDetails details, int? activityId = null, CancellationToken ct = default)
    {
        var errors = details.Validate(clock.UkToday()).ToList();
        if (details.MethodId > 0)
        {
            var currentMethodId = await CurrentMethodIdAsync(staffMemberId, activityId, ct);
            var usable = await db.CpdMethods.AnyAsync(m => m.Id == details.MethodId && (m.IsActive || m.Id == currentMethodId), ct);
            if (!usable)
            {
                errors.Insert(0, new FieldError("MethodId", MethodMissing));
            }
        }

        if (details.AreaIds.Count > 0)
        {
            var allowed = (await FrameworksForAsync(staffMemberId, ct)).SelectMany(f => f.Areas).Select(a => a.Id).ToHashSet();
            if (!details.AreaIds.All(allowed.Contains))
            {
                errors.Add(new FieldError(AreaField, AreasNotMine));
            }
        }

        return errors;
    }

    /// <summary>
    /// Records a new entry once per form instance and returns its id, or the id of the entry the same form made
    /// before (docs/adr/0017-one-record-per-form-submission.md). Throws <see cref="DomainValidationException"/> when a
    /// rule is broken. <paramref name="confirmed"/>, the identifying details the writer confirmed, is stored with the
    /// entry in the same transaction.
    /// </summary>
    public async Task<Submission> RecordAsync(int staffMemberId, ActivityDetails details, FormInstance? form, ConfirmedFindings? confirmed = null, CancellationToken ct = default)
    {
        if (await OncePerForm.EarlierAsync(db, form, SubmittedRecords.CpdActivity, ct) is { } earlier)
        {
            return earlier;
        }

        await EnsureValidAsync(staffMemberId, details, null, ct);
        var now = clock.GetUtcNow();
        var activity = CpdActivity.Record(staffMemberId, details, clock.UkToday(), now);
        db.CpdActivities.Add(activity);
        Action<int>? alongside = confirmed is null ? null : id => confirmed.AddTo(db, audit, staffMemberId, ConfirmedRecordTypes.CpdActivity, id, now);
        return await OncePerForm.SaveWithAsync(db, form, SubmittedRecords.CpdActivity, () => activity.Id, now, alongside, ct);
    }

    /// <summary>
    /// Changes an entry, with the identifying details the writer confirmed in the same save; false if it is not this
    /// person's. Throws <see cref="DomainValidationException"/> when a rule is broken.
    /// </summary>
    public async Task<bool> UpdateAsync(int staffMemberId, int id, ActivityDetails details, ConfirmedFindings? confirmed = null, CancellationToken ct = default)
    {
        var activity = await Mine(staffMemberId).Include(a => a.Areas).SingleOrDefaultAsync(a => a.Id == id, ct);
        if (activity is null)
        {
            return false;
        }

        await EnsureValidAsync(staffMemberId, details, id, ct);
        var now = clock.GetUtcNow();
        activity.Update(details, clock.UkToday(), now);
        confirmed?.AddTo(db, audit, staffMemberId, ConfirmedRecordTypes.CpdActivity, id, now);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>
    /// Soft-deletes an entry (the row stays for the audit trail) and erases its evidence files, so they can
    /// neither linger as personal data nor escape the storage limit; false if it is not this person's.
    /// </summary>
    public async Task<bool> DeleteAsync(int staffMemberId, int id, CancellationToken ct = default)
    {
        var activity = await Mine(staffMemberId).Include(a => a.Evidence).SingleOrDefaultAsync(a => a.Id == id, ct);
        if (activity is null)
        {
            return false;
        }

        var removed = activity.Delete(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        foreach (var file in removed)
        {
            await store.DeleteAsync(file.StoredName, ct);
        }

        return true;
    }

    public async Task<string?> TitleAsync(int staffMemberId, int id, CancellationToken ct = default) =>
        await Mine(staffMemberId).Where(a => a.Id == id).Select(a => a.Title).SingleOrDefaultAsync(ct);

    /// <summary>Bytes of evidence the person keeps, on any of their entries (deleting an entry erases its files).</summary>
    internal static Task<long> EvidenceBytesUsedAsync(ICpdPortalDbContext db, int staffMemberId, CancellationToken ct) =>
        db.CpdActivities
            .Where(a => a.StaffMemberId == staffMemberId)
            .SelectMany(a => a.Evidence)
            .SumAsync(e => e.SizeBytes, ct);

    private async Task EnsureValidAsync(int staffMemberId, ActivityDetails details, int? activityId, CancellationToken ct)
    {
        var errors = await CheckAsync(staffMemberId, details, activityId, ct);
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }
    }

    private async Task<int?> CurrentMethodIdAsync(int staffMemberId, int? activityId, CancellationToken ct) =>
        activityId is { } id
            ? await Mine(staffMemberId).Where(a => a.Id == id).Select(a => (int?)a.MethodId).SingleOrDefaultAsync(ct)
            : null;

    private IQueryable<CpdActivity> Mine(int staffMemberId) =>
        db.CpdActivities.Where(a => a.StaffMemberId == staffMemberId);

    private Task<PortalSettings> SettingsAsync(CancellationToken ct) =>
        db.PortalSettingsAsync(ct);

    /// <summary>The published frameworks that apply to the person (by registration status), with their areas.</summary>
    private async Task<List<FrameworkOption>> FrameworksForAsync(int staffMemberId, CancellationToken ct)
    {
        var registered = await MyCompetence.IsRegisteredAsync(db, staffMemberId, ct) ?? false;
        var areas = await MyCompetence.AreasAsync(db, registered, ct);
        return areas
            .GroupBy(a => (a.FrameworkId, a.FrameworkName))
            .Select(g => new FrameworkOption(g.Key.FrameworkId, g.Key.FrameworkName, g.Select(a => new NamedOption(a.AreaId, a.Name)).ToList()))
            .ToList();
    }
}
