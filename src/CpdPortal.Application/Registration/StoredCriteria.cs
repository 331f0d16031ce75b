using CpdPortal.Application.Common;
using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Registration;
using CpdPortal.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Registration;

/// <summary>
/// One entry with its stored criteria (docs/adr/0039): the entry's own title, date and status, the word counts and
/// near-copy match kept when it was written, and the copied entry's current title and date. The stored parts are null
/// when the entry has no row yet.
/// </summary>
public sealed record StoredCriteriaRow(
    int StaffMemberId,
    int ActivityId,
    string Title,
    DateOnly Date,
    ActivityStatus Status,
    int? LearntWords,
    int? ImpactWords,
    int? ReflectionWords,
    DateOnly? ComparedFrom,
    int? CopyId,
    double? CopySimilarity,
    string? CopyTitle,
    DateOnly? CopyDate)
{
    /// <summary>
    /// The entry's assessment against <paramref name="year"/> from the stored row, equal to
    /// <see cref="RegistrationCriteria.Assess"/> over the writing; null when the row cannot stand for it (none yet,
    /// kept for another registration year, or its copy is gone): the caller then assesses from the writing.
    /// </summary>
    public EntryAssessment? ToAssessment(DatePeriod year)
    {
        if (LearntWords is not { } learnt || ImpactWords is not { } impact || ReflectionWords is not { } reflection
            || ComparedFrom is not { } from || !StoredEntryAssessment.Current(from, year))
        {
            return null;
        }

        NearCopyMatch? copy = null;
        if (CopyId is { } copyId)
        {
            if (CopyTitle is null || CopyDate is not { } copyDate || CopySimilarity is not { } similarity)
            {
                return null;
            }

            copy = new NearCopyMatch(copyId, CopyTitle, copyDate, similarity);
        }

        return RegistrationCriteria.FromStored(ActivityId, Title, Date, Status, learnt, impact, reflection, copy, year);
    }
}

/// <summary>
/// Reads entries with their stored criteria (docs/adr/0039) so the registration status needs no writing and no
/// comparison of pairs; falls back to assessing from the writing, as before, for a person whose rows cannot stand
/// (a database not rebuilt yet, or a registration year the council has just moved).
/// </summary>
public static class StoredCriteria
{
    /// <summary>The entries of <paramref name="activities"/> (one query, two outer joins on keys) with their stored criteria.</summary>
    public static IQueryable<StoredCriteriaRow> Rows(ICpdPortalDbContext db, IQueryable<CpdActivity> activities)
    {
        ArgumentNullException.ThrowIfNull(db);
        return from a in activities
               join x in db.EntryAssessments on a.Id equals x.ActivityId into xs
               from x in xs.DefaultIfEmpty()
               join c in db.CpdActivities on x.NearCopyOfId equals (int?)c.Id into cs
               from c in cs.DefaultIfEmpty()
               select new StoredCriteriaRow(
                   a.StaffMemberId,
                   a.Id,
                   a.Title,
                   a.Date,
                   a.Status,
                   (int?)x.LearntWords,
                   (int?)x.ImpactWords,
                   (int?)x.ReflectionWords,
                   (DateOnly?)x.ComparedFrom,
                   x.NearCopyOfId,
                   x.NearCopySimilarity,
                   c.Title,
                   (DateOnly?)c.Date);
    }

    /// <summary>
    /// Every row's assessment against <paramref name="year"/>, or null when any row cannot stand (the caller then
    /// assesses the person from the writing).
    /// </summary>
    public static IReadOnlyList<EntryAssessment>? Assess(IEnumerable<StoredCriteriaRow> rows, DatePeriod year)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var assessed = new List<EntryAssessment>();
        foreach (var row in rows)
        {
            if (row.ToAssessment(year) is not { } assessment)
            {
                return null;
            }

            assessed.Add(assessment);
        }

        return assessed;
    }

    /// <summary>
    /// The person's entries dated in <paramref name="year"/>, assessed: from the stored rows in one command, or, when
    /// they cannot stand, from the writing of this year and the one before (<see cref="RegistrationQueries.AssessAsync"/>).
    /// </summary>
    public static async Task<IReadOnlyList<EntryAssessment>> InYearAsync(ICpdPortalDbContext db, int staffMemberId, DatePeriod year, CancellationToken ct)
    {
        var rows = await Rows(db, db.CpdActivities.Where(a => a.StaffMemberId == staffMemberId && a.Date >= year.Start && a.Date <= year.End)).ToListAsync(ct);
        return Assess(rows, year) ?? InYear(await RegistrationQueries.AssessAsync(db, staffMemberId, year, ct), year);
    }

    /// <summary>Of assessments over this registration year and the one before, those dated in the year.</summary>
    public static IReadOnlyList<EntryAssessment> InYear(IEnumerable<EntryAssessment> assessed, DatePeriod year) =>
        assessed.Where(a => year.Contains(a.Date)).ToList();
}
