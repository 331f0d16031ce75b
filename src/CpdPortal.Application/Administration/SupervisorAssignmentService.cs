using System.Globalization;
using CpdPortal.Application.Auditing;
using CpdPortal.Application.Common;
using CpdPortal.Application.Common.Rules;
using CpdPortal.Domain.Auditing;
using CpdPortal.Domain.Common;
using CpdPortal.Domain.Workforce;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Administration;

/// <summary>A period of a supervisor line as the staff page lists it.</summary>
public sealed record SupervisorLineRow(string Supervisor, DateTimeOffset From, DateTimeOffset? To, string ChangedBy);

/// <summary>
/// Sets who supervises whom, one person or a whole team, through the domain rule (no self-supervision, no cycles,
/// no leavers) and keeps the history of lines. Continuity needs nothing more: every supervisor page checks the
/// CURRENT supervisor, so open actions and plans awaiting review follow the person to their new supervisor.
/// </summary>
public sealed class SupervisorAssignmentService(ICpdPortalDbContext db, IAuditLog audit, IAuditActorAccessor actor, TimeProvider clock)
{
    /// <summary>Current staff who can supervise <paramref name="exceptId"/>, by name (the choices of the select).</summary>
    public async Task<IReadOnlyList<Choice>> CandidatesAsync(int? exceptId, CancellationToken ct)
    {
        var today = clock.UkToday();
        return await db.StaffMembers.AsNoTracking()
            .InPostOn(today)
            .Where(s => s.Id != exceptId)
            .OrderBy(s => s.FamilyName).ThenBy(s => s.GivenName)
            .Select(s => new Choice(s.Id, s.GivenName + " " + s.FamilyName + " (" + s.JobTitle + ")"))
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyList<SupervisorLineRow>> HistoryAsync(int staffId, CancellationToken ct) =>
        await db.SupervisorLines.AsNoTracking().Where(l => l.SuperviseeId == staffId)
            .OrderByDescending(l => l.From).ThenByDescending(l => l.Id)
            .Take(50)
            .Select(l => new SupervisorLineRow(l.Supervisor!.GivenName + " " + l.Supervisor.FamilyName, l.From, l.To, l.ChangedBy))
            .ToListAsync(ct);

    /// <summary>Sets (or, with null, removes) one person's supervisor. False when there is no such person.</summary>
    public async Task<bool> SetAsync(int staffId, int? supervisorId, CancellationToken ct)
    {
        var lines = await LinesAsync(ct);
        var person = await db.StaffMembers.SingleOrDefaultAsync(s => s.Id == staffId, ct);
        if (person is null)
        {
            return false;
        }

        var supervisor = supervisorId is { } id ? await SupervisorAsync(id, ct) : null;
        await ChangeAsync(person, supervisor, lines, ct);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>
    /// Sets the supervisor of every current member of a team (except the supervisor themselves). All or nothing:
    /// if the rule refuses one line, nothing changes and the message names the person.
    /// </summary>
    public async Task<int> SetForTeamAsync(int teamId, int supervisorId, CancellationToken ct)
    {
        var today = clock.UkToday();
        var lines = await LinesAsync(ct);
        var supervisor = await SupervisorAsync(supervisorId, ct);
        var members = await db.StaffMembers
            .InPostOn(today)
            .Where(s => s.TeamId == teamId && s.Id != supervisorId)
            .ToListAsync(ct);
        var changed = 0;
        foreach (var member in members.Where(m => m.SupervisorId != supervisorId))
        {
            await ChangeAsync(member, supervisor, lines, ct);
            changed++;
        }

        await db.SaveChangesAsync(ct);
        return changed;
    }

    private async Task ChangeAsync(StaffMember person, StaffMember? supervisor, Dictionary<int, int?> lines, CancellationToken ct)
    {
        if (person.SupervisorId == supervisor?.Id)
        {
            return;
        }

        if (supervisor is null)
        {
            person.RemoveSupervisor();
        }
        else
        {
            person.AssignSupervisor(supervisor, id => lines.GetValueOrDefault(id));
        }

        lines[person.Id] = supervisor?.Id;
        var now = clock.GetUtcNow();
        var open = await db.SupervisorLines.Where(l => l.SuperviseeId == person.Id && l.To == null).ToListAsync(ct);
        open.ForEach(l => l.End(now));
        if (supervisor is not null)
        {
            db.SupervisorLines.Add(new SupervisorLine(person.Id, supervisor.Id, now, actor.Current.Email));
        }

        audit.Add(AuditActions.SupervisorChanged, AuditEntityTypes.StaffMember, person.Id.ToString(CultureInfo.InvariantCulture));
    }

    private async Task<StaffMember> SupervisorAsync(int id, CancellationToken ct)
    {
        var today = clock.UkToday();
        var supervisor = await db.StaffMembers.SingleOrDefaultAsync(s => s.Id == id, ct);
        return supervisor is null || !supervisor.IsCurrentOn(today)
            ? throw new DomainRuleException("supervision.supervisor", "Select a supervisor from the list")
            : supervisor;
    }

    /// <summary>Everyone's current supervisor, for the cycle check (one query, not one per step).</summary>
    private async Task<Dictionary<int, int?>> LinesAsync(CancellationToken ct) =>
        await db.StaffMembers.AsNoTracking().Select(s => new { s.Id, s.SupervisorId }).ToDictionaryAsync(s => s.Id, s => s.SupervisorId, ct);
}
