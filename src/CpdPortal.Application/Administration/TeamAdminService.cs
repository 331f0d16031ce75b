using System.Globalization;
using CpdPortal.Application.Auditing;
using CpdPortal.Application.Common;
using CpdPortal.Application.Common.Rules;
using CpdPortal.Domain.Auditing;
using CpdPortal.Domain.Common;
using CpdPortal.Domain.Workforce;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Administration;

/// <summary>One row of the teams list: current members are those employed today.</summary>
public sealed record TeamRow(int Id, string Name, int CurrentMembers, DateOnly? RetiredOn);

/// <summary>Teams for administrators (/admin/teams): list, create, rename, retire. Audited.</summary>
public sealed class TeamAdminService(ICpdPortalDbContext db, IAuditLog audit, TimeProvider clock)
{
    public Task<PagedResult<TeamRow>> ListAsync(int? page, CancellationToken ct)
    {
        var inPost = db.StaffMembers.InPostOn(clock.UkToday());
        return db.Teams.AsNoTracking()
            .OrderBy(t => t.RetiredOn != null).ThenBy(t => t.Name).ThenBy(t => t.Id)
            .ToPageAsync(page, Paging.DefaultPageSize, t => new TeamRow(t.Id, t.Name, inPost.Count(s => s.TeamId == t.Id), t.RetiredOn), ct);
    }

    public async Task<TeamRow?> GetAsync(int id, CancellationToken ct)
    {
        var inPost = db.StaffMembers.InPostOn(clock.UkToday());
        return await db.Teams.AsNoTracking().Where(t => t.Id == id)
            .Select(t => new TeamRow(t.Id, t.Name, inPost.Count(s => s.TeamId == t.Id), t.RetiredOn))
            .SingleOrDefaultAsync(ct);
    }

    public async Task<int> CreateAsync(string name, CancellationToken ct)
    {
        var team = new Team(name);
        await EnsureUniqueAsync(team.Name, null, ct);
        db.Teams.Add(team);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditActions.TeamCreated, AuditEntityTypes.Team, Id(team.Id), ct);
        return team.Id;
    }

    public async Task<bool> RenameAsync(int id, string name, CancellationToken ct)
    {
        var team = await db.Teams.SingleOrDefaultAsync(t => t.Id == id, ct);
        if (team is null)
        {
            return false;
        }

        team.Rename(name);
        await EnsureUniqueAsync(team.Name, id, ct);
        audit.Add(AuditActions.TeamRenamed, AuditEntityTypes.Team, Id(id));
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Retires an empty team (no current members); its leavers' records keep pointing at it.</summary>
    public async Task<bool> RetireAsync(int id, CancellationToken ct)
    {
        var row = await GetAsync(id, ct);
        if (row is null)
        {
            return false;
        }

        if (row.CurrentMembers > 0)
        {
            throw new DomainRuleException("team.notEmpty", $"Move the {row.CurrentMembers} current {(row.CurrentMembers == 1 ? "member" : "members")} of {row.Name} to other teams before retiring it");
        }

        var team = await db.Teams.SingleAsync(t => t.Id == id, ct);
        team.Retire(clock.UkToday());
        audit.Add(AuditActions.TeamRetired, AuditEntityTypes.Team, Id(id));
        await db.SaveChangesAsync(ct);
        return true;
    }

    private async Task EnsureUniqueAsync(string name, int? exceptId, CancellationToken ct)
    {
        if (await db.Teams.AnyAsync(t => t.Name == name && t.Id != exceptId, ct))
        {
            throw new DomainRuleException("team.name", "There is already a team with this name");
        }
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
