using System.Globalization;
using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Reporting;
using CpdPortal.Domain.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CpdPortal.Infrastructure.Persistence;

/// <summary>
/// Keeps <see cref="LearningYearSummary"/> rows equal to a recomputation from the raw entries (docs/adr/0030).
/// Before a save, <see cref="Collect"/> notes whose entries change and on which days; after it, in the same
/// transaction, <see cref="ApplyAsync"/> recomputes those people's summaries for the learning years concerned from
/// their entries (about 20 a year each, so the cost is bounded) and replaces the stored rows. A change to the
/// learning year itself (or to whether a method counts) recomputes everyone, in batches.
/// </summary>
internal static class SummaryUpkeep
{
    /// <summary>People per batch when everyone is recomputed.</summary>
    public const int BatchSize = 1000;

    /// <summary>The entry's columns the summaries depend on: any other edit (the reflection's text) needs no upkeep.</summary>
    private static readonly string[] SummarisedColumns =
    [
        nameof(CpdActivity.StaffMemberId), nameof(CpdActivity.Date), nameof(CpdActivity.Hours), nameof(CpdActivity.Status),
        nameof(CpdActivity.Certificated), nameof(CpdActivity.MethodId), nameof(CpdActivity.DeletedAt),
    ];

    /// <summary>What a save changes for the summaries, or null when nothing.</summary>
    public sealed class Affected
    {
        public HashSet<int> Staff { get; } = [];

        public HashSet<DateOnly> Days { get; } = [];

        public bool Everyone { get; set; }
    }

    public static Affected? Collect(ChangeTracker tracker)
    {
        Affected? affected = null;
        foreach (var entry in tracker.Entries())
        {
            switch (entry.Entity)
            {
                case CpdActivity activity when entry.State is EntityState.Added or EntityState.Deleted:
                    affected ??= new Affected();
                    Note(affected, activity.StaffMemberId, activity.Date);
                    if (entry.State == EntityState.Deleted)
                    {
                        Note(affected, (int)entry.Property(nameof(CpdActivity.StaffMemberId)).OriginalValue!, (DateOnly)entry.Property(nameof(CpdActivity.Date)).OriginalValue!);
                    }

                    break;
                case CpdActivity activity when entry.State == EntityState.Modified && SummarisedColumns.Any(c => entry.Property(c).IsModified):
                    affected ??= new Affected();
                    Note(affected, activity.StaffMemberId, activity.Date);
                    Note(affected, (int)entry.Property(nameof(CpdActivity.StaffMemberId)).OriginalValue!, (DateOnly)entry.Property(nameof(CpdActivity.Date)).OriginalValue!);
                    break;
                case PortalSettings when entry.State == EntityState.Modified
                                         && (entry.Property(nameof(PortalSettings.LearningYearStartMonth)).IsModified || entry.Property(nameof(PortalSettings.LearningYearStartDay)).IsModified):
                case CpdMethod when entry.State == EntityState.Modified && entry.Property(nameof(CpdMethod.CountsTowardsEntitlement)).IsModified:
                    affected ??= new Affected();
                    affected.Everyone = true;
                    break;
            }
        }

        return affected;
    }

    private static void Note(Affected affected, int staffMemberId, DateOnly day)
    {
        affected.Staff.Add(staffMemberId);
        affected.Days.Add(day);
    }

    /// <summary>After the save, inside its transaction: recomputes what <paramref name="affected"/> names.</summary>
    public static async Task ApplyAsync(CpdPortalDbContext db, Affected affected, CancellationToken ct)
    {
        if (affected.Everyone)
        {
            await RebuildAsync(db, null, ct);
            return;
        }

        var learningYear = await LearningYearAsync(db, ct);
        var years = affected.Days.Select(learningYear.PeriodContaining).ToList();
        var from = years.Min(y => y.Start);
        var to = years.Max(y => y.End);
        var staff = affected.Staff.ToList();
        var entries = await Entries(db.CpdActivities.Where(a => staff.Contains(a.StaffMemberId) && a.Date >= from && a.Date <= to)).ToListAsync(ct);
        await db.LearningYearSummaries.Where(s => staff.Contains(s.StaffMemberId) && s.YearStart >= from && s.YearStart <= to).ExecuteDeleteAsync(ct);
        await InsertAsync(db, LearningYearSummary.Summarise(entries, learningYear), ct);
    }

    /// <summary>
    /// Recomputes everyone's summaries from their entries, <see cref="BatchSize"/> people at a time, each batch's
    /// rows replaced in one transaction (its own, unless the caller's is open) so readers never see a gap.
    /// Returns how many summary rows there are afterwards.
    /// </summary>
    public static async Task<int> RebuildAsync(CpdPortalDbContext db, TextWriter? progress, CancellationToken ct)
    {
        var learningYear = await LearningYearAsync(db, ct);
        var total = await db.StaffMembers.IgnoreQueryFilters().CountAsync(ct);
        var (done, rows, last) = (0, 0, 0);
        while (true)
        {
            var after = last;
            var ids = await db.StaffMembers.IgnoreQueryFilters().Where(s => s.Id > after).OrderBy(s => s.Id).Select(s => s.Id).Take(BatchSize).ToListAsync(ct);
            if (ids.Count == 0)
            {
                break;
            }

            var (low, high) = (ids[0], ids[^1]);
            var entries = await Entries(db.CpdActivities.Where(a => a.StaffMemberId >= low && a.StaffMemberId <= high)).ToListAsync(ct);
            var summaries = LearningYearSummary.Summarise(entries, learningYear);
            var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
            try
            {
                await db.LearningYearSummaries.Where(s => s.StaffMemberId >= low && s.StaffMemberId <= high).ExecuteDeleteAsync(ct);
                await InsertAsync(db, summaries, ct);
                if (own is not null)
                {
                    await own.CommitAsync(ct);
                }
            }
            finally
            {
                if (own is not null)
                {
                    await own.DisposeAsync();
                }
            }

            (done, rows, last) = (done + ids.Count, rows + summaries.Count, high);
            if (progress is not null)
            {
                await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Summaries: {done:N0} of {total:N0} people, {rows:N0} learning-year rows"));
            }
        }

        return rows;
    }

    private static IQueryable<SummarisedEntry> Entries(IQueryable<CpdActivity> activities) =>
        activities.Select(a => new SummarisedEntry(
            a.StaffMemberId,
            new EntitlementEntry(a.Id, string.Empty, a.Date, a.Hours, a.Certificated, a.Status, a.Method!.CountsTowardsEntitlement)));

    private static async Task InsertAsync(CpdPortalDbContext db, List<LearningYearSummary> summaries, CancellationToken ct)
    {
        // Rows of an earlier save of this context were replaced in the database: forget them, or the keys clash.
        Detach(db);
        db.LearningYearSummaries.AddRange(summaries);
        await db.SaveWithoutUpkeepAsync(ct);
        Detach(db);
    }

    private static void Detach(CpdPortalDbContext db)
    {
        foreach (var entry in db.ChangeTracker.Entries<LearningYearSummary>().ToList())
        {
            entry.State = EntityState.Detached;
        }
    }

    /// <summary>The learning year as saved (this runs after the save, so a change in the same save is seen).</summary>
    private static async Task<LearningYearPolicy> LearningYearAsync(CpdPortalDbContext db, CancellationToken ct) =>
        (await db.Settings.AsNoTracking().SingleOrDefaultAsync(s => s.Id == PortalSettings.SingletonId, ct) ?? new PortalSettings()).LearningYear;
}

/// <summary>Recomputes every learning-year summary from the entries: the <c>rebuild-summaries</c> command (docs/adr/0030).</summary>
public sealed class LearningYearSummaryRebuilder(CpdPortalDbContext db)
{
    /// <summary>Returns how many summary rows there are afterwards; progress, one line per batch of people, goes to <paramref name="progress"/>.</summary>
    public Task<int> RebuildAsync(TextWriter? progress, CancellationToken ct = default) => SummaryUpkeep.RebuildAsync(db, progress, ct);
}
