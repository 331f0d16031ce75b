using CpdPortal.Application.Auditing;
using CpdPortal.Application.Common;
using CpdPortal.Domain.Auditing;
using CpdPortal.Domain.Imports;
using CpdPortal.Domain.Workforce;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Administration.Imports;

/// <summary>
/// The HR staff import (/admin/import): upload → preview → confirm. Nothing changes until the administrator
/// confirms; the confirmation applies every valid row in one transaction (staff first, then supervisor lines through
/// the domain's rule, keeping their history) and is safe to repeat: a row identical to the database changes nothing.
/// Loads the staff and teams in a few queries into memory; no query per row.
/// </summary>
public sealed class StaffImportService(ICpdPortalDbContext db, ImportUploadStore uploads, IAuditLog audit, IAuditActorAccessor actor, TimeProvider clock)
    : IUploadedImport<StaffImportPreview, StaffImportResult>
{
    public Task<UploadOutcome> UploadAsync(string accountId, string fileName, byte[] bytes, CancellationToken ct) =>
        uploads.StoreAsync(ImportKind.Staff, StaffImportColumns.All, StaffImportColumns.Optional, accountId, fileName, bytes, ct);

    /// <summary>What confirming would do; null when there is no such upload for this account.</summary>
    public async Task<StaffImportPreview?> PreviewAsync(Guid id, string accountId, int rowsPage, int errorsPage, CancellationToken ct)
    {
        var upload = await uploads.LoadAsync(id, ImportKind.Staff, accountId, StaffImportColumns.All, StaffImportColumns.Optional, ct);
        if (upload is null)
        {
            return null;
        }

        var plan = await PlanAsync(upload.Content, ct);
        var changes = plan.Valid.Where(r => r.Kind is not null)
            .Select(r => new StaffChangeRow(r.Row, r.Record.StaffNumber, $"{r.Record.GivenName} {r.Record.FamilyName}", r.Kind!.Value, r.ChangedColumns))
            .ToList();
        return new StaffImportPreview(
            upload.Id,
            upload.FileName,
            plan.Rows,
            plan.Count(StaffChangeKind.Create),
            plan.Count(StaffChangeKind.Update),
            plan.Count(StaffChangeKind.Retire),
            plan.Count(null),
            plan.RowsWithErrors,
            changes.ToPage(rowsPage, Paging.DefaultPageSize),
            plan.Errors.ToPage(errorsPage, Paging.DefaultPageSize));
    }

    /// <summary>
    /// Applies every valid row in one transaction, all or nothing; null when there is no such upload for this
    /// account. The upload is removed once applied.
    /// </summary>
    public async Task<StaffImportResult?> ApplyAsync(Guid id, string accountId, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var upload = await uploads.LoadAsync(id, ImportKind.Staff, accountId, StaffImportColumns.All, StaffImportColumns.Optional, ct);
        if (upload is null || await uploads.ForgetAsync(id, ct) == 0)
        {
            return null;
        }

        var plan = await PlanAsync(upload.Content, ct);
        var teams = await db.Teams.ToDictionaryAsync(t => t.Id, ct);
        var people = await db.StaffMembers.ToDictionaryAsync(s => s.StaffNumber, StringComparer.Ordinal, ct);

        // Pass 1: create and update the people, so that every supervisor named in the file exists with an id.
        foreach (var row in plan.Valid.Where(r => r.Kind is not null))
        {
            if (row.Existing is null)
            {
                people[row.Record.StaffNumber] = Create(row, teams[row.TeamId]);
            }
            else
            {
                Update(people[row.Record.StaffNumber], row, teams[row.TeamId]);
            }
        }

        await db.SaveChangesAsync(ct);

        // Pass 2: supervisor lines through the domain rule, over the lines the whole file leaves.
        var linesChanged = await SupervisorLinesAsync(plan, people, ct);

        var result = new StaffImportResult(
            plan.Count(StaffChangeKind.Create), plan.Count(StaffChangeKind.Update), plan.Count(StaffChangeKind.Retire), plan.Count(null), plan.RowsWithErrors, linesChanged);
        audit.Add(AuditActions.StaffImported, AuditEntityTypes.Import, result.AuditCounts);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return result;
    }

    private async Task<StaffImportPlan> PlanAsync(CsvContent file, CancellationToken ct)
    {
        var staff = await db.StaffMembers.AsNoTracking()
            .Select(s => new ExistingStaff(s.Id, s.StaffNumber, s.GivenName, s.FamilyName, s.Email, s.JobTitle, s.TeamId, s.SupervisorId, s.RegistrationNumber, s.EmploymentType, s.StartDate, s.LeaveDate)
            {
                Fte = s.FullTimeEquivalent,
                AbsenceDays = s.AbsenceDays,
            })
            .ToListAsync(ct);
        var teams = await db.Teams.AsNoTracking().Select(t => new ExistingTeam(t.Id, t.Name, t.RetiredOn == null)).ToListAsync(ct);
        return StaffImportPlanner.Plan(file, staff, teams);
    }

    private StaffMember Create(PlannedStaffRow row, Team team)
    {
        var r = row.Record;
        var person = new StaffMember(r.StaffNumber, r.GivenName, r.FamilyName, r.Email, r.JobTitle, team, r.EmploymentType, r.StartDate);
        if (r.RegistrationNumber is not null)
        {
            person.Register(r.RegistrationNumber);
        }

        if (r.LeaveDate is { } leave)
        {
            person.MarkAsLeaver(leave);
        }

        WorkingPattern(person, r);
        db.StaffMembers.Add(person);
        return person;
    }

    private void Update(StaffMember person, PlannedStaffRow row, Team team)
    {
        var r = row.Record;
        if (r.Fte is { } fte && WorkingPatternChange.Change(person, fte, WorkingPatternChange.ImportActor, clock.GetUtcNow()) is { } change)
        {
            db.WorkingPatternChanges.Add(change); // kept as history (the staff page), by "import"
        }

        person.Reinstate(); // the leave date is set again below; a later start date must not meet the old one
        person.ChangeDetails(r.StaffNumber, r.GivenName, r.FamilyName, r.Email, r.EmploymentType, r.StartDate);
        person.ChangeJobTitle(r.JobTitle);
        if (person.TeamId != team.Id)
        {
            person.MoveToTeam(team);
        }

        if (r.RegistrationNumber is null)
        {
            person.Deregister();
        }
        else
        {
            person.Register(r.RegistrationNumber);
        }

        if (r.LeaveDate is { } leave)
        {
            person.MarkAsLeaver(leave);
        }

        WorkingPattern(person, r);
    }

    /// <summary>The optional columns: only what the file gives changes (an empty cell keeps the stored value).</summary>
    private static void WorkingPattern(StaffMember person, StaffImportRecord r)
    {
        if (r.Fte is { } fte)
        {
            person.ChangeWorkingPattern(fte);
        }

        if (r.AbsenceDays is { } days)
        {
            person.RecordAbsence(days);
        }
    }

    private async Task<int> SupervisorLinesAsync(StaffImportPlan plan, Dictionary<string, StaffMember> people, CancellationToken ct)
    {
        var changing = plan.Valid.Where(r => r.SupervisorChanges(plan.NumberOf)).ToList();
        if (changing.Count == 0)
        {
            return 0;
        }

        // Every changing line is lifted first, so the cycle rule checks each new line against lines the file keeps
        // or sets (never against one it is about to replace).
        var lines = people.Values.ToDictionary(p => p.Id, p => p.SupervisorId);
        foreach (var row in changing)
        {
            lines[people[row.Record.StaffNumber].Id] = null;
        }

        var open = (await db.SupervisorLines.Where(l => l.To == null).ToListAsync(ct)).ToLookup(l => l.SuperviseeId);
        var now = clock.GetUtcNow();
        var changedBy = actor.Current.Email;
        foreach (var row in changing)
        {
            var person = people[row.Record.StaffNumber];
            foreach (var line in open[person.Id])
            {
                line.End(now);
            }

            if (row.Record.SupervisorStaffNumber is { } number)
            {
                var supervisor = people[number];
                person.AssignSupervisor(supervisor, id => lines.GetValueOrDefault(id));
                lines[person.Id] = supervisor.Id;
                db.SupervisorLines.Add(new SupervisorLine(person.Id, supervisor.Id, now, changedBy));
            }
            else
            {
                person.RemoveSupervisor();
            }
        }

        return changing.Count;
    }
}
