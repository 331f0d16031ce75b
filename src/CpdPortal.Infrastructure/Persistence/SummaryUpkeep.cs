using System.Globalization;
using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Competence;
using CpdPortal.Domain.Reporting;
using CpdPortal.Domain.Settings;
using CpdPortal.Domain.Workforce;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CpdPortal.Infrastructure.Persistence;

/// <summary>
/// Keeps <see cref="LearningYearSummary"/> rows equal to a recomputation from the raw entries (docs/adr/0030).
/// Before a save, <see cref="Collect"/> notes whose entries change and on which days; after it, in the same
/// transaction, <see cref="ApplyAsync"/> recomputes those people's summaries for the learning years concerned from
/// their entries (about 20 a year each, so the cost is bounded) and replaces the stored rows. A change to the
/// learning year itself (or to whether a method counts) recomputes everyone, in batches. The stage history
/// (<see cref="StagePeriod"/>, docs/adr/0036) is kept the same way: a save that adds, changes or deletes an assessment
/// recomputes the periods of that person in that area from their assessments there.
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

        /// <summary>The people and areas whose assessments change (the stage history).</summary>
        public HashSet<(int StaffMemberId, int AreaId)> Stages { get; } = [];
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
                case StageAssessment assessment when entry.State is EntityState.Added or EntityState.Deleted or EntityState.Modified:
                    affected ??= new Affected();
                    affected.Stages.Add((assessment.StaffMemberId, assessment.AreaId));
                    if (entry.State != EntityState.Added)
                    {
                        affected.Stages.Add(((int)entry.Property(nameof(StageAssessment.StaffMemberId)).OriginalValue!, (int)entry.Property(nameof(StageAssessment.AreaId)).OriginalValue!));
                    }

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
        await LockPeopleAsync(db, [.. affected.Staff, .. affected.Stages.Select(p => p.StaffMemberId)], ct);
        if (affected.Stages.Count > 0)
        {
            await ApplyStagesAsync(db, affected.Stages, ct);
        }

        if (affected.Everyone)
        {
            await RebuildAsync(db, null, ct, SummaryTables.LearningYears);
            return;
        }

        if (affected.Staff.Count == 0)
        {
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
    /// Serialises the upkeep per person on a server database. Two saves for the same person at once (two tabs, or
    /// fifty connections in the benchmark) would each delete summary rows the other has not committed yet and both
    /// insert the same key: PostgreSQL refused the second with a duplicate key (a 500). Locking the people's staff rows
    /// first, in id order, makes the second save wait until the first commits and then recompute from what it wrote.
    /// <c>FOR NO KEY UPDATE</c> does not conflict with the key-share lock the save's own inserts (foreign keys to the
    /// staff row) already hold, so two such saves cannot deadlock. SQLite has one writer at a time already.
    /// </summary>
    internal static async Task LockPeopleAsync(CpdPortalDbContext db, IEnumerable<int> people, CancellationToken ct)
    {
        var ids = people.Distinct().Order().ToArray();
        if (ids.Length == 0)
        {
            return;
        }

        // The provider's own context type says which database this is without asking the context's services
        // (Database.ProviderName, which IsNpgsql() reads, was measurable on every save; session 8).
        if (db is PostgreSqlCpdPortalDbContext)
        {
            await db.Database.ExecuteSqlRawAsync(
                "SELECT 1 FROM \"StaffMembers\" WHERE \"Id\" = ANY({0}) ORDER BY \"Id\" FOR NO KEY UPDATE", [ids], ct);
        }
        else if (db is SqlServerCpdPortalDbContext)
        {
            await db.Database.ExecuteSqlRawAsync(
                "SELECT 1 FROM [StaffMembers] WITH (UPDLOCK, ROWLOCK) WHERE [Id] IN (SELECT CAST([value] AS int) FROM OPENJSON({0}))",
                ["[" + string.Join(",", ids) + "]"], ct);
        }
    }

    /// <summary>
    /// Recomputes the stage history of the people and areas given from their assessments there (a handful each):
    /// the periods of every person and area in the product of the two lists are read, deleted and inserted again,
    /// so a pair outside <paramref name="pairs"/> but inside that product is recomputed too, never lost.
    /// </summary>
    private static async Task ApplyStagesAsync(CpdPortalDbContext db, HashSet<(int StaffMemberId, int AreaId)> pairs, CancellationToken ct)
    {
        var staff = pairs.Select(p => p.StaffMemberId).Distinct().ToList();
        var areas = pairs.Select(p => p.AreaId).Distinct().ToList();
        var assessments = await Assessments(db.StageAssessments.Where(a => staff.Contains(a.StaffMemberId) && areas.Contains(a.AreaId))).ToListAsync(ct);
        await db.StagePeriods.Where(p => staff.Contains(p.StaffMemberId) && areas.Contains(p.AreaId)).ExecuteDeleteAsync(ct);
        await InsertAsync(db, StagePeriod.Periods(assessments), ct);
    }

    /// <summary>
    /// Recomputes everyone's summaries from their entries, <see cref="BatchSize"/> people at a time, each batch's
    /// rows replaced in one transaction (its own, unless the caller's is open) so readers never see a gap.
    /// Returns how many summary rows there are afterwards.
    /// </summary>
    public static async Task<int> RebuildAsync(CpdPortalDbContext db, TextWriter? progress, CancellationToken ct, SummaryTables tables = SummaryTables.All, int? onlyStaffId = null)
    {
        var learningYear = await LearningYearAsync(db, ct);
        var total = await People(db, onlyStaffId).CountAsync(ct);
        var (done, rows, stageRows, last) = (0, 0, 0, 0);
        while (true)
        {
            var after = last;
            var ids = await People(db, onlyStaffId).Where(s => s.Id > after).OrderBy(s => s.Id).Select(s => s.Id).Take(BatchSize).ToListAsync(ct);
            if (ids.Count == 0)
            {
                break;
            }

            if (!tables.HasFlag(SummaryTables.LearningYears) && !tables.HasFlag(SummaryTables.Stages))
            {
                break;
            }

            var (low, high) = (ids[0], ids[^1]);
            var summaries = tables.HasFlag(SummaryTables.LearningYears)
                ? LearningYearSummary.Summarise(await Entries(db.CpdActivities.Where(a => a.StaffMemberId >= low && a.StaffMemberId <= high)).ToListAsync(ct), learningYear)
                : [];
            var periods = tables.HasFlag(SummaryTables.Stages)
                ? StagePeriod.Periods(await Assessments(db.StageAssessments.Where(a => a.StaffMemberId >= low && a.StaffMemberId <= high)).ToListAsync(ct))
                : [];
            var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
            try
            {
                if (tables.HasFlag(SummaryTables.LearningYears))
                {
                    await db.LearningYearSummaries.Where(s => s.StaffMemberId >= low && s.StaffMemberId <= high).ExecuteDeleteAsync(ct);
                    await InsertAsync(db, summaries, ct);
                }

                if (tables.HasFlag(SummaryTables.Stages))
                {
                    await db.StagePeriods.Where(p => p.StaffMemberId >= low && p.StaffMemberId <= high).ExecuteDeleteAsync(ct);
                    await InsertAsync(db, periods, ct);
                }
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

            (done, rows, stageRows, last) = (done + ids.Count, rows + summaries.Count, stageRows + periods.Count, high);
            if (progress is not null)
            {
                await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Summaries: {done:N0} of {total:N0} people, {rows:N0} learning-year rows, {stageRows:N0} stage periods"));
            }
        }

        // Each entry's registration criteria (docs/adr/0039) read the writing: their own batches, after these.
        var assessed = tables.HasFlag(SummaryTables.EntryAssessments) ? await EntryAssessmentUpkeep.RebuildAsync(db, progress, ct, onlyStaffId) : 0;
        return rows + stageRows + assessed;
    }

    /// <summary>Every staff record (leavers and anonymised ones too), or only the one asked for.</summary>
    internal static IQueryable<StaffMember> People(CpdPortalDbContext db, int? onlyStaffId) =>
        onlyStaffId is { } id ? db.StaffMembers.IgnoreQueryFilters().Where(s => s.Id == id) : db.StaffMembers.IgnoreQueryFilters();

    private static IQueryable<SummarisedEntry> Entries(IQueryable<CpdActivity> activities) =>
        activities.Select(a => new SummarisedEntry(
            a.StaffMemberId,
            new EntitlementEntry(a.Id, string.Empty, a.Date, a.Hours, a.Certificated, a.Status, a.Method!.CountsTowardsEntitlement)));

    private static IQueryable<AssessedInArea> Assessments(IQueryable<StageAssessment> assessments) =>
        assessments.Select(a => new AssessedInArea(a.StaffMemberId, a.AreaId, new AssessedStage(a.Kind, a.Stage, a.AssessedAt, a.Id)));

    private static async Task InsertAsync<T>(CpdPortalDbContext db, List<T> rows, CancellationToken ct)
        where T : class
    {
        // Rows of an earlier save of this context were replaced in the database: forget them, or the keys clash.
        Detach<T>(db);
        db.Set<T>().AddRange(rows);
        await db.SaveWithoutUpkeepAsync(ct);
        Detach<T>(db);
    }

    private static void Detach<T>(CpdPortalDbContext db)
        where T : class
    {
        foreach (var entry in db.ChangeTracker.Entries<T>().ToList())
        {
            entry.State = EntityState.Detached;
        }
    }

    /// <summary>The learning year as saved (this runs after the save, so a change in the same save is seen).</summary>
    private static async Task<LearningYearPolicy> LearningYearAsync(CpdPortalDbContext db, CancellationToken ct) =>
        (await db.Settings.AsNoTracking().SingleOrDefaultAsync(s => s.Id == PortalSettings.SingletonId, ct) ?? new PortalSettings()).LearningYear;
}

/// <summary>The summary tables the rebuild fills.</summary>
[Flags]
public enum SummaryTables
{
    None = 0,

    /// <summary>The learning-year summaries (docs/adr/0030).</summary>
    LearningYears = 1,

    /// <summary>The stage history (docs/adr/0036).</summary>
    Stages = 2,

    /// <summary>Each entry's registration criteria (docs/adr/0039).</summary>
    EntryAssessments = 4,

    All = LearningYears | Stages | EntryAssessments,
}

/// <summary>Recomputes every learning-year summary and the stage history from the raw rows: the <c>rebuild-summaries</c> command (docs/adr/0030, 0036).</summary>
public sealed class LearningYearSummaryRebuilder(CpdPortalDbContext db)
{
    /// <summary>Returns how many summary rows there are afterwards; progress, one line per batch of people, goes to <paramref name="progress"/>.</summary>
    public Task<int> RebuildAsync(TextWriter? progress, CancellationToken ct = default) => SummaryUpkeep.RebuildAsync(db, progress, ct);

    /// <summary>Recomputes only the tables named (<c>--if-empty</c> rebuilds the empty ones).</summary>
    public Task<int> RebuildAsync(SummaryTables tables, TextWriter? progress, CancellationToken ct = default) => SummaryUpkeep.RebuildAsync(db, progress, ct, tables);

    /// <summary>Recomputes one person's rows in the tables named (<c>--person</c>: after their rows were changed outside the portal).</summary>
    public Task<int> RebuildPersonAsync(int staffMemberId, SummaryTables tables, TextWriter? progress, CancellationToken ct = default) =>
        SummaryUpkeep.RebuildAsync(db, progress, ct, tables, staffMemberId);

    /// <summary>
    /// After a whole rebuild: refreshes the query planner's statistics, which were gathered (if ever) when the summary
    /// tables were empty or small, so that plans start from the filter's staff rather than a whole summary index.
    /// SQLite samples at most 1,000 rows per index (<c>analysis_limit</c>), so this takes seconds on the largest file;
    /// PostgreSQL samples by itself; SQL Server keeps its statistics up to date automatically.
    /// </summary>
    public async Task RefreshStatisticsAsync(CancellationToken ct = default)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit = 1000; ANALYZE;", ct);
        }
        else if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE \"LearningYearSummaries\", \"StagePeriods\", \"EntryAssessments\", \"StaffMembers\";", ct);
        }
    }

    /// <summary>The summary tables that hold no row (a database upgraded from a release before them).</summary>
    public async Task<SummaryTables> EmptyAsync(CancellationToken ct = default) =>
        (await db.LearningYearSummaries.AnyAsync(ct) ? SummaryTables.None : SummaryTables.LearningYears)
        | (await db.StagePeriods.AnyAsync(ct) ? SummaryTables.None : SummaryTables.Stages)
        | (await db.EntryAssessments.AnyAsync(ct) ? SummaryTables.None : SummaryTables.EntryAssessments);
}
