using System.Globalization;
using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Registration;
using CpdPortal.Domain.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CpdPortal.Infrastructure.Persistence;

/// <summary>
/// Keeps <see cref="StoredEntryAssessment"/> rows equal to a recomputation from the entries' writing (docs/adr/0039),
/// beside <see cref="SummaryUpkeep"/> and in the same transaction. Before a save, <see cref="Collect"/> notes whose
/// entries change their writing, date, status or owner (or are added or deleted) and on which days; after it,
/// <see cref="ApplyAsync"/> re-assesses, per person, every entry that can have compared itself with a changed one:
/// the entries dated from the earliest changed day up to the end of the registration year after the latest (an
/// entry looks back to the start of the registration year before its own), reading the writing of the year before
/// too. A new entry dated today re-assesses itself alone; an edit of an old entry re-assesses the entries after it.
/// </summary>
internal static class EntryAssessmentUpkeep
{
    /// <summary>People per batch in <see cref="RebuildAsync"/> (their writing is held in memory for the batch).</summary>
    public const int BatchSize = 250;

    /// <summary>The entry's columns the assessment depends on (the title and dates of copies are read when shown).</summary>
    private static readonly string[] AssessedColumns =
    [
        nameof(CpdActivity.StaffMemberId), nameof(CpdActivity.Date), nameof(CpdActivity.Status), nameof(CpdActivity.DeletedAt),
        nameof(CpdActivity.Description), nameof(CpdActivity.WhatLearnt), nameof(CpdActivity.Impact), nameof(CpdActivity.PeerReflection),
    ];

    /// <summary>Per person, the days their changed entries were and are dated on, and which of them were only added.</summary>
    public sealed class Affected
    {
        public Dictionary<int, (DateOnly From, DateOnly To)> Staff { get; } = [];

        /// <summary>The entries added, per person (their ids are known after the save).</summary>
        public Dictionary<int, List<CpdActivity>> Added { get; } = [];

        /// <summary>The people with an entry edited, moved or deleted, not only added.</summary>
        public HashSet<int> Changed { get; } = [];
    }

    public static Affected? Collect(ChangeTracker tracker)
    {
        Affected? affected = null;
        foreach (var entry in tracker.Entries<CpdActivity>())
        {
            if (entry.State is EntityState.Added or EntityState.Deleted
                || (entry.State == EntityState.Modified && AssessedColumns.Any(c => entry.Property(c).IsModified)))
            {
                affected ??= new Affected();
                Note(affected, entry.Entity.StaffMemberId, entry.Entity.Date);
                if (entry.State == EntityState.Added)
                {
                    (affected.Added.TryGetValue(entry.Entity.StaffMemberId, out var added) ? added : affected.Added[entry.Entity.StaffMemberId] = []).Add(entry.Entity);
                }
                else
                {
                    var owner = (int)entry.Property(nameof(CpdActivity.StaffMemberId)).OriginalValue!;
                    Note(affected, owner, (DateOnly)entry.Property(nameof(CpdActivity.Date)).OriginalValue!);
                    affected.Changed.Add(owner);
                    affected.Changed.Add(entry.Entity.StaffMemberId);
                }
            }
        }

        return affected;
    }

    private static void Note(Affected affected, int staffMemberId, DateOnly day) =>
        affected.Staff[staffMemberId] = affected.Staff.TryGetValue(staffMemberId, out var span)
            ? (day < span.From ? day : span.From, day > span.To ? day : span.To)
            : (day, day);

    /// <summary>After the save, inside its transaction: re-assesses what <paramref name="affected"/> names (three commands).</summary>
    public static async Task ApplyAsync(CpdPortalDbContext db, Affected affected, CancellationToken ct)
    {
        await SummaryUpkeep.LockPeopleAsync(db, affected.Staff.Keys, ct);
        var policy = await RegistrationYearAsync(db, ct);
        var spans = affected.Staff.ToDictionary(
            p => p.Key,
            p => (Assess: p.Value.From, Read: policy.PeriodContaining(p.Value.From).Previous().Start, To: policy.PeriodContaining(policy.PeriodContaining(p.Value.To).End.AddDays(1)).End));
        var (from, to) = (spans.Values.Min(s => s.Read), spans.Values.Max(s => s.To));
        var staff = spans.Keys.ToList();
        var entries = await Criteria(db.CpdActivities.Where(a => staff.Contains(a.StaffMemberId) && a.Date >= from && a.Date <= to))
            .ToListAsync(ct);

        var rows = new List<StoredEntryAssessment>();
        var replaced = new List<int>();
        foreach (var person in entries.GroupBy(e => e.StaffMemberId))
        {
            var span = spans[person.Key];
            var mine = person.Where(e => e.Entry.Date >= span.Read && e.Entry.Date <= span.To).Select(e => e.Entry).ToList();
            var assess = mine.Where(e => Reassessed(affected, person.Key, span.Assess, e)).Select(e => e.ActivityId).ToHashSet();
            replaced.AddRange(assess);
            rows.AddRange(StoredEntryAssessment.For(person.Key, mine, assess, policy));
        }

        // The people's rows in the span are replaced: those of entries re-assessed, and of entries no longer theirs,
        // no longer in the span or deleted (found by owner and missing from what was read).
        await db.EntryAssessments
            .Where(a => staff.Contains(a.StaffMemberId) && (replaced.Contains(a.ActivityId) || !db.CpdActivities.Any(x => x.Id == a.ActivityId && x.StaffMemberId == a.StaffMemberId)))
            .ExecuteDeleteAsync(ct);
        await InsertAsync(db, rows, ct);
    }

    /// <summary>
    /// Whether <paramref name="entry"/> can have compared itself with a changed entry. An entry compares itself only with
    /// entries before it in comparison order (date, then id: <see cref="RegistrationCriteria.InComparisonOrder"/>), so
    /// when a person's entries were only added, the entries before the first added one are untouched; otherwise every
    /// entry from the earliest changed day is (an edit or a deletion can change what a same-day entry was compared with).
    /// </summary>
    private static bool Reassessed(Affected affected, int staffMemberId, DateOnly from, CriteriaEntry entry)
    {
        if (affected.Changed.Contains(staffMemberId) || !affected.Added.TryGetValue(staffMemberId, out var added))
        {
            return entry.Date >= from;
        }

        var first = added.Select(a => (a.Date, a.Id)).Min();
        return entry.Date > first.Date || (entry.Date == first.Date && entry.ActivityId >= first.Id);
    }

    /// <summary>
    /// Re-assesses every person's entries, <see cref="BatchSize"/> people at a time, each batch's rows replaced in one
    /// transaction (its own unless the caller's is open). Returns how many rows there are afterwards.
    /// </summary>
    public static async Task<int> RebuildAsync(CpdPortalDbContext db, TextWriter? progress, CancellationToken ct, int? onlyStaffId = null)
    {
        var policy = await RegistrationYearAsync(db, ct);
        var total = await SummaryUpkeep.People(db, onlyStaffId).CountAsync(ct);
        var (done, rows, last) = (0, 0, 0);
        while (true)
        {
            var after = last;
            var ids = await SummaryUpkeep.People(db, onlyStaffId).Where(s => s.Id > after).OrderBy(s => s.Id).Select(s => s.Id).Take(BatchSize).ToListAsync(ct);
            if (ids.Count == 0)
            {
                break;
            }

            var (low, high) = (ids[0], ids[^1]);
            var entries = await Criteria(db.CpdActivities.Where(a => a.StaffMemberId >= low && a.StaffMemberId <= high)).ToListAsync(ct);
            var assessed = entries
                .GroupBy(e => e.StaffMemberId)
                .SelectMany(p =>
                {
                    var mine = p.Select(e => e.Entry).ToList();
                    return StoredEntryAssessment.For(p.Key, mine, mine.Select(e => e.ActivityId).ToHashSet(), policy);
                })
                .ToList();
            var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
            try
            {
                await db.EntryAssessments.Where(a => a.StaffMemberId >= low && a.StaffMemberId <= high).ExecuteDeleteAsync(ct);
                await InsertAsync(db, assessed, ct);
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

            (done, rows, last) = (done + ids.Count, rows + assessed.Count, high);
            if (progress is not null)
            {
                await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Entry assessments: {done:N0} of {total:N0} people, {rows:N0} entries assessed"));
            }
        }

        return rows;
    }

    private sealed record PersonEntry(int StaffMemberId, CriteriaEntry Entry);

    /// <summary>The not-deleted entries (the soft-delete filter) projected to what the criteria read.</summary>
    private static IQueryable<PersonEntry> Criteria(IQueryable<CpdActivity> activities) =>
        activities.Select(a => new PersonEntry(a.StaffMemberId, new CriteriaEntry(a.Id, a.Title, a.Date, a.Status, a.Description, a.WhatLearnt, a.Impact, a.PeerReflection)));

    private static async Task InsertAsync(CpdPortalDbContext db, List<StoredEntryAssessment> rows, CancellationToken ct)
    {
        // Rows of an earlier save of this context were replaced in the database: forget them, or the keys clash.
        Detach(db);
        db.EntryAssessments.AddRange(rows);
        await db.SaveWithoutUpkeepAsync(ct);
        Detach(db);
    }

    private static void Detach(CpdPortalDbContext db)
    {
        foreach (var entry in db.ChangeTracker.Entries<StoredEntryAssessment>().ToList())
        {
            entry.State = EntityState.Detached;
        }
    }

    /// <summary>The registration year as saved (this runs after the save).</summary>
    private static async Task<LearningYearPolicy> RegistrationYearAsync(CpdPortalDbContext db, CancellationToken ct) =>
        (await db.Settings.AsNoTracking().SingleOrDefaultAsync(s => s.Id == PortalSettings.SingletonId, ct) ?? new PortalSettings()).RegistrationRule.Year;
}
