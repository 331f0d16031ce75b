using System.Globalization;
using CpdPortal.Application.Auditing;
using CpdPortal.Application.Common;
using CpdPortal.Domain.Auditing;
using CpdPortal.Domain.Common;
using CpdPortal.Domain.Workforce;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Administration;

/// <summary>Staff records for administrators (/admin/staff): search, create, edit, leavers. Every change is audited.</summary>
public sealed class StaffAdminService(ICpdPortalDbContext db, IAuditLog audit, IAuditActorAccessor actor, TimeProvider clock, StaffCountCache staffCount)
{
    public async Task<PagedResult<StaffListRow>> SearchAsync(string? term, int page, CancellationToken ct)
    {
        var staff = db.StaffMembers.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(term))
        {
            var words = term.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var word in words)
            {
                var pattern = TextSearch.ContainsPattern(word);
                staff = staff.Where(s => EF.Functions.Like(s.GivenName.ToLower(), pattern, TextSearch.Escape)
                    || EF.Functions.Like(s.FamilyName.ToLower(), pattern, TextSearch.Escape)
                    || EF.Functions.Like(s.Email, pattern, TextSearch.Escape)
                    || EF.Functions.Like(s.StaffNumber.ToLower(), pattern, TextSearch.Escape));
            }
        }

        // The last page costs what the first does: read from whichever end is nearer (docs/adr/0031), on the index
        // IX_StaffMembers_FamilyName_GivenName_Id.
        // Without a search the total is every record: remembered until one is added or deleted (docs/adr/0040), so
        // the first and the last page read only their own rows (a count of 35,000 rows was most of the page's SQL).
        var total = string.IsNullOrWhiteSpace(term)
            ? await staffCount.GetAsync(() => staff.CountAsync(ct))
            : await staff.CountAsync(ct);
        return await EitherEndPaging.PageAsync(
            Rows(staff.OrderBy(s => s.FamilyName).ThenBy(s => s.GivenName).ThenBy(s => s.Id)),
            Rows(staff.OrderByDescending(s => s.FamilyName).ThenByDescending(s => s.GivenName).ThenByDescending(s => s.Id)),
            total,
            Paging.Normalise(page),
            Paging.DefaultPageSize,
            ct);

        static IQueryable<StaffListRow> Rows(IQueryable<StaffMember> ordered) =>
            ordered.Select(s => new StaffListRow(s.Id, s.StaffNumber, s.GivenName + " " + s.FamilyName, s.Email, s.JobTitle, s.Team!.Name, s.LeaveDate));
    }

    public Task<StaffDetails?> GetAsync(int id, CancellationToken ct) =>
        db.StaffMembers.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new StaffDetails(
                s.Id, s.StaffNumber, s.GivenName, s.FamilyName, s.Email, s.JobTitle, s.TeamId, s.Team!.Name,
                s.PathwayRoleId, s.PathwayRole == null ? null : s.PathwayRole.Title, s.RegistrationNumber, s.EmploymentType,
                s.StartDate, s.LeaveDate, s.SupervisorId, s.Supervisor == null ? null : s.Supervisor.GivenName + " " + s.Supervisor.FamilyName,
                s.FullTimeEquivalent, s.AbsenceDays))
            .SingleOrDefaultAsync(ct);

    /// <summary>The person's FTE changes, newest first (the latest <paramref name="take"/>; a person has a handful in a career).</summary>
    public Task<List<WorkingPatternChangeRow>> WorkingPatternHistoryAsync(int id, int take, CancellationToken ct) =>
        db.WorkingPatternChanges.AsNoTracking()
            .Where(c => c.StaffMemberId == id)
            .OrderByDescending(c => c.ChangedAt).ThenByDescending(c => c.Id)
            .Take(take)
            .Select(c => new WorkingPatternChangeRow(c.FromFte, c.ToFte, c.ChangedAt, c.ChangedBy))
            .ToListAsync(ct);

    public async Task<StaffFormOptions> FormOptionsAsync(CancellationToken ct)
    {
        var teams = await db.Teams.AsNoTracking().Where(t => t.RetiredOn == null).OrderBy(t => t.Name).Select(t => new Choice(t.Id, t.Name)).ToListAsync(ct);
        var roles = await db.PathwayRoles.AsNoTracking().OrderBy(r => r.PathwayId).ThenBy(r => r.Step).Select(r => new Choice(r.Id, r.Title)).ToListAsync(ct);
        return new StaffFormOptions(teams, roles);
    }

    /// <summary>Creates the staff record; refuses a staff number or email address already in use.</summary>
    public async Task<int> CreateAsync(StaffInput input, CancellationToken ct)
    {
        var (team, role) = await ReferencesAsync(input, ct);
        await EnsureUniqueAsync(input, null, ct);
        var staff = new StaffMember(input.StaffNumber, input.GivenName, input.FamilyName, input.Email, input.JobTitle, team, input.EmploymentType, input.StartDate);
        Apply(staff, input, role);
        WorkingPatternChange.Change(staff, input.FullTimeEquivalent, actor.Current.Email, clock.GetUtcNow()); // a new record: no history yet
        if (input.AbsenceDays is { } absence)
        {
            staff.RecordAbsence(absence);
        }

        db.StaffMembers.Add(staff);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditActions.StaffCreated, AuditEntityTypes.StaffMember, Id(staff.Id), ct);
        return staff.Id;
    }

    /// <summary>Changes the record; false when there is no such person.</summary>
    public async Task<bool> UpdateAsync(int id, StaffInput input, CancellationToken ct)
    {
        var staff = await db.StaffMembers.SingleOrDefaultAsync(s => s.Id == id, ct);
        if (staff is null)
        {
            return false;
        }

        var (team, role) = await ReferencesAsync(input, ct, staff.TeamId);
        await EnsureUniqueAsync(input, id, ct);
        staff.ChangeDetails(input.StaffNumber, input.GivenName, input.FamilyName, input.Email, input.EmploymentType, input.StartDate);
        staff.ChangeJobTitle(input.JobTitle);
        if (staff.TeamId != team.Id)
        {
            staff.MoveToTeam(team);
        }

        Apply(staff, input, role);
        if (WorkingPatternChange.Change(staff, input.FullTimeEquivalent, actor.Current.Email, clock.GetUtcNow()) is { } change)
        {
            db.WorkingPatternChanges.Add(change);
        }

        if (input.AbsenceDays is { } absence)
        {
            staff.RecordAbsence(absence);
        }
        else
        {
            staff.ClearAbsence();
        }

        audit.Add(AuditActions.StaffUpdated, AuditEntityTypes.StaffMember, Id(id));
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Marks the person as leaving on a date; their records are kept. False when there is no such person.</summary>
    public async Task<bool> MarkAsLeaverAsync(int id, DateOnly leaveDate, CancellationToken ct)
    {
        var staff = await db.StaffMembers.SingleOrDefaultAsync(s => s.Id == id, ct);
        if (staff is null)
        {
            return false;
        }

        staff.MarkAsLeaver(leaveDate);
        audit.Add(AuditActions.StaffLeft, AuditEntityTypes.StaffMember, Id(id));
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<bool> ReinstateAsync(int id, CancellationToken ct)
    {
        var staff = await db.StaffMembers.SingleOrDefaultAsync(s => s.Id == id, ct);
        if (staff is null)
        {
            return false;
        }

        staff.Reinstate();
        audit.Add(AuditActions.StaffReinstated, AuditEntityTypes.StaffMember, Id(id));
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Today in the UK: a leaving date before it ends the person's sign-in.</summary>
    public DateOnly Today => clock.UkToday();

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static void Apply(StaffMember staff, StaffInput input, Domain.Pathways.PathwayRole? role)
    {
        if (role is not null && staff.PathwayRoleId != role.Id)
        {
            staff.PlaceOnPathway(role);
        }

        if (string.IsNullOrWhiteSpace(input.RegistrationNumber))
        {
            staff.Deregister();
        }
        else
        {
            staff.Register(input.RegistrationNumber);
        }
    }

    private async Task<(Team Team, Domain.Pathways.PathwayRole? Role)> ReferencesAsync(StaffInput input, CancellationToken ct, int? currentTeamId = null)
    {
        var errors = new List<FieldError>();
        var team = await db.Teams.SingleOrDefaultAsync(t => t.Id == input.TeamId, ct);
        if (team is null || (!team.IsActive && team.Id != currentTeamId))
        {
            errors.Add(new FieldError(nameof(StaffInput.TeamId), "Select a team"));
        }

        Domain.Pathways.PathwayRole? role = null;
        if (input.PathwayRoleId is { } roleId)
        {
            role = await db.PathwayRoles.SingleOrDefaultAsync(r => r.Id == roleId, ct);
            if (role is null)
            {
                errors.Add(new FieldError(nameof(StaffInput.PathwayRoleId), "Select a role on the career pathway"));
            }
        }

        return errors.Count > 0 ? throw new DomainValidationException(errors) : (team!, role);
    }

    private async Task EnsureUniqueAsync(StaffInput input, int? exceptId, CancellationToken ct)
    {
        var number = input.StaffNumber.Trim();
        var email = input.Email.Trim().ToLowerInvariant();
        var errors = new List<FieldError>();
        if (await db.StaffMembers.AnyAsync(s => s.StaffNumber == number && s.Id != exceptId, ct))
        {
            errors.Add(new FieldError(nameof(StaffInput.StaffNumber), "Another staff member already has this staff number"));
        }

        if (await db.StaffMembers.AnyAsync(s => s.Email == email && s.Id != exceptId, ct))
        {
            errors.Add(new FieldError(nameof(StaffInput.Email), "Another staff member already has this email address"));
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }
    }
}
