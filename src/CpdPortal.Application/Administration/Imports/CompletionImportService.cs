using CpdPortal.Application.Auditing;
using CpdPortal.Application.Certifications;
using CpdPortal.Application.Common;
using CpdPortal.Application.Training;
using CpdPortal.Domain.Auditing;
using CpdPortal.Domain.Certifications;
using CpdPortal.Domain.Imports;
using CpdPortal.Domain.Training;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Administration.Imports;

/// <summary>A completion the import will record.</summary>
public sealed record CompletionRow(int Row, string StaffNumber, string Name, string Course, DateOnly Date, decimal Hours, bool Certificated);

/// <summary>What confirming the completions file would do. Nothing has changed yet.</summary>
public sealed record CompletionImportPreview(
    Guid Id,
    string FileName,
    int Rows,
    int ToRecord,
    int AlreadyRecorded,
    int RowsWithErrors,
    PagedResult<CompletionRow> Completions,
    PagedResult<ImportRowError> Errors);

/// <summary>What an applied completions file did.</summary>
public sealed record CompletionImportResult(int Recorded, int AlreadyRecorded, int Skipped)
{
    public string AuditCounts => FormattableString.Invariant($"c{Recorded} n{AlreadyRecorded} s{Skipped}");
}

/// <summary>
/// External course completions (/admin/import/completions): each valid row makes one completed CPD entry for the
/// person through the same factory as a course attended in the portal, exactly once: a completion already
/// recorded (same person, course and date; a unique index) counts as already recorded, so the file can be re-run.
/// </summary>
public sealed class CompletionImportService(ICpdPortalDbContext db, ImportUploadStore uploads, IAuditLog audit, TimeProvider clock, CertificationGrants certifications)
    : IUploadedImport<CompletionImportPreview, CompletionImportResult>
{
    public Task<UploadOutcome> UploadAsync(string accountId, string fileName, byte[] bytes, CancellationToken ct) =>
        uploads.StoreAsync(ImportKind.CourseCompletions, CompletionImportColumns.All, accountId, fileName, bytes, ct);

    public async Task<CompletionImportPreview?> PreviewAsync(Guid id, string accountId, int rowsPage, int errorsPage, CancellationToken ct)
    {
        var upload = await uploads.LoadAsync(id, ImportKind.CourseCompletions, accountId, CompletionImportColumns.All, ct);
        if (upload is null)
        {
            return null;
        }

        var plan = await PlanAsync(upload.Content, ct);
        var rows = plan.New.Select(p => new CompletionRow(p.Row, p.Record.StaffNumber, p.Name, p.Course.Title, p.Record.Date, p.Record.Hours, p.Record.Certificated)).ToList();
        return new CompletionImportPreview(
            upload.Id, upload.FileName, upload.Content.Rows.Count, plan.New.Count, plan.AlreadyRecorded, plan.RowsWithErrors,
            rows.ToPage(rowsPage, Paging.DefaultPageSize), plan.Errors.ToPage(errorsPage, Paging.DefaultPageSize));
    }

    public async Task<CompletionImportResult?> ApplyAsync(Guid id, string accountId, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var upload = await uploads.LoadAsync(id, ImportKind.CourseCompletions, accountId, CompletionImportColumns.All, ct);
        if (upload is null || await uploads.ForgetAsync(id, ct) == 0)
        {
            return null;
        }

        var plan = await PlanAsync(upload.Content, ct);
        var today = clock.UkToday();
        var now = clock.GetUtcNow();
        var completions = new List<CourseCompletion>();
        foreach (var p in plan.New)
        {
            var completion = ExternalCompletion.Record(
                p.StaffId, p.Course.Id, p.Course.Title, p.Course.Provider, p.Course.MethodId, p.Record.Date, p.Record.Hours, p.Record.Certificated, p.Course.AreaIds, today, now);
            db.ExternalCompletions.Add(completion);
            completions.Add(new CourseCompletion(p.StaffId, p.Course.Id, p.Record.Date, CertificationSource.ExternalCompletion, completion.Activity!));
        }

        await certifications.AddAsync(completions, ct);

        var result = new CompletionImportResult(plan.New.Count, plan.AlreadyRecorded, plan.RowsWithErrors);
        audit.Add(AuditActions.CompletionsImported, AuditEntityTypes.Import, result.AuditCounts);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return result;
    }

    private sealed record CourseInfo(int Id, string Title, string Provider, int MethodId, IReadOnlyCollection<int> AreaIds);

    private sealed record Planned(int Row, CompletionImportRecord Record, int StaffId, string Name, CourseInfo Course);

    private sealed record Plan(IReadOnlyList<Planned> New, int AlreadyRecorded, IReadOnlyList<ImportRowError> Errors)
    {
        public int RowsWithErrors => Errors.Select(e => e.Row).Distinct().Count();
    }

    /// <summary>Every row checked against the staff, the courses and the completions already recorded (a few queries, no query per row).</summary>
    private async Task<Plan> PlanAsync(CsvContent file, CancellationToken ct)
    {
        var today = clock.UkToday();
        var staff = (await db.StaffMembers.AsNoTracking()
                .Select(s => new { s.Id, s.StaffNumber, Name = s.GivenName + " " + s.FamilyName, s.StartDate, s.LeaveDate })
                .ToListAsync(ct))
            .ToDictionary(s => s.StaffNumber, StringComparer.Ordinal);
        var methods = await db.CpdMethods.AsNoTracking()
            .Where(m => m.Name == SessionService.ELearningMethod || m.Name == SessionService.WorkshopMethod)
            .ToDictionaryAsync(m => m.Name, m => m.Id, ct);
        var areas = (await db.Courses.AsNoTracking().SelectMany(c => c.Mappings).Select(m => new { m.CourseId, m.AreaId }).ToListAsync(ct))
            .ToLookup(m => m.CourseId, m => m.AreaId);
        var courses = (await db.Courses.AsNoTracking().Select(c => new { c.Id, c.Title, c.Provider, c.Delivery }).ToListAsync(ct))
            .GroupBy(c => c.Title.Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(
                g => g.Key,
                g => g.Select(c => new CourseInfo(
                    c.Id, c.Title, c.Provider, methods.GetValueOrDefault(c.Delivery == CourseDelivery.ELearning ? SessionService.ELearningMethod : SessionService.WorkshopMethod), [.. areas[c.Id].Distinct()])).ToList(),
                StringComparer.OrdinalIgnoreCase);
        var recorded = (await db.ExternalCompletions.AsNoTracking().Select(c => new { c.StaffMemberId, c.CourseId, c.CompletedOn }).ToListAsync(ct))
            .Select(c => (c.StaffMemberId, c.CourseId, c.CompletedOn))
            .ToHashSet();

        var errors = new List<ImportRowError>();
        var planned = new List<Planned>();
        var inFile = new Dictionary<(int, int, DateOnly), int>();
        var already = 0;
        foreach (var row in file.Rows)
        {
            if (row.Error is not null)
            {
                errors.Add(new ImportRowError(row.Number, "row", row.Error));
                continue;
            }

            var (record, rowErrors) = CompletionImportRules.Validate(CompletionImportRow.From(c => file.Cell(row, c)), today);
            errors.AddRange(rowErrors.Select(e => new ImportRowError(row.Number, e.Column, e.Message)));
            if (record is null)
            {
                continue;
            }

            var before = errors.Count;
            var person = staff.GetValueOrDefault(record.StaffNumber);
            if (person is null)
            {
                errors.Add(new ImportRowError(row.Number, CompletionImportColumns.StaffNumber, $"There is no staff member with staff number {record.StaffNumber}"));
            }
            else if (person.LeaveDate is { } left && left < today)
            {
                errors.Add(new ImportRowError(row.Number, CompletionImportColumns.StaffNumber, $"Staff number {record.StaffNumber} has left, so their record is closed"));
            }

            var matches = courses.GetValueOrDefault(record.CourseTitle);
            if (matches is null)
            {
                errors.Add(new ImportRowError(row.Number, CompletionImportColumns.Course, $"There is no course called \"{record.CourseTitle}\" in the catalogue; add it or correct the title"));
            }
            else if (matches.Count > 1)
            {
                errors.Add(new ImportRowError(row.Number, CompletionImportColumns.Course, $"More than one course is called \"{record.CourseTitle}\"; rename one in the catalogue first"));
            }

            if (errors.Count > before)
            {
                continue;
            }

            var course = matches![0];
            var details = ExternalCompletion.Details(course.MethodId, course.Title, course.Provider, record.Date, record.Hours, record.Certificated, course.AreaIds);
            var entryErrors = details.Validate(today);
            if (entryErrors.Count > 0)
            {
                errors.AddRange(entryErrors.Select(e => new ImportRowError(row.Number, e.Field == "Date" ? CompletionImportColumns.Date : CompletionImportColumns.Hours, e.Message)));
                continue;
            }

            var key = (person!.Id, course.Id, record.Date);
            if (recorded.Contains(key))
            {
                already++;
            }
            else if (inFile.TryGetValue(key, out var first))
            {
                errors.Add(new ImportRowError(row.Number, "row", $"The same completion is on row {first}"));
            }
            else
            {
                inFile[key] = row.Number;
                planned.Add(new Planned(row.Number, record, person.Id, person.Name, course));
            }
        }

        return new Plan(planned, already, [.. errors.OrderBy(e => e.Row)]);
    }
}
