using CpdPortal.Application.Common;
using CpdPortal.Application.Common.Rules;
using CpdPortal.Domain.Survey;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Survey;

/// <summary>
/// One round's results (/reports/survey), aggregated in the database: response rate, complete responses, mean
/// rating per method, wish-list and barrier counts, for everyone or a team and/or pathway role. Anonymous: nothing
/// here reads who answered, and a group of fewer than five responses shows no figures at all.
/// </summary>
public sealed class SurveyResultsService(ICpdPortalDbContext db, TimeProvider clock)
{
    public async Task<SurveyResults> GetAsync(SurveyResultsQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var today = clock.UkToday();
        var rounds = await db.SurveyRounds.AsNoTracking()
            .OrderByDescending(r => r.OpenedOn).ThenByDescending(r => r.Id)
            .Select(r => new { r.Id, r.Title, r.OpenedOn, r.ClosingDate, r.ClosedEarlyOn })
            .ToListAsync(ct);
        var teams = await db.Teams.AsNoTracking().OrderBy(t => t.Name).Select(t => new Choice(t.Id, t.Name)).ToListAsync(ct);
        var roles = await db.PathwayRoles.AsNoTracking().OrderBy(r => r.Title).Select(r => new Choice(r.Id, r.Title)).ToListAsync(ct);
        var roundChoices = rounds.Select(r => new Choice(r.Id, r.Title)).ToList();

        // Unknown ids are ignored: the latest round, all teams, all roles.
        var chosen = rounds.FirstOrDefault(r => r.Id == query.RoundId) ?? rounds.FirstOrDefault();
        var teamId = teams.Any(t => t.Id == query.TeamId) ? query.TeamId : null;
        var roleId = roles.Any(r => r.Id == query.PathwayRoleId) ? query.PathwayRoleId : null;
        if (chosen is null)
        {
            return new SurveyResults(roundChoices, teams, roles, null, teamId, roleId, 0, 0, 0, [], [], []);
        }

        var isOpen = chosen.ClosedEarlyOn == null && chosen.OpenedOn <= today && chosen.ClosingDate >= today;
        var lastDay = chosen.ClosedEarlyOn ?? chosen.ClosingDate;
        var staffOn = isOpen ? today : lastDay;

        var staff = db.StaffMembers.InPostOn(staffOn);
        var responses = db.SurveyResponses.Where(r => r.RoundId == chosen.Id);
        if (teamId is not null)
        {
            staff = staff.Where(s => s.TeamId == teamId);
            responses = responses.Where(r => r.TeamId == teamId);
        }

        if (roleId is not null)
        {
            staff = staff.Where(s => s.PathwayRoleId == roleId);
            responses = responses.Where(r => r.PathwayRoleId == roleId);
        }

        // Staff, responses and complete responses in one round trip (three scalar subqueries).
        var totals = await db.SurveyRounds
            .Where(r => r.Id == chosen.Id)
            .Select(r => new { Staff = staff.Count(), Count = responses.Count(), Complete = responses.Count(x => x.IsComplete) })
            .SingleAsync(ct);
        var staffCount = totals.Staff;
        var count = totals.Count;
        var complete = totals.Complete;
        var round = new SurveyRoundRow(chosen.Id, chosen.Title, chosen.OpenedOn, chosen.ClosingDate, chosen.ClosedEarlyOn, isOpen, count);
        if (!SurveyAnonymity.CanShow(count))
        {
            return new SurveyResults(roundChoices, teams, roles, round, teamId, roleId, staffCount, count, complete, [], [], []);
        }

        var methods = await responses.SelectMany(r => r.Ratings)
            .Join(db.CpdMethods, r => r.MethodId, m => m.Id, (r, m) => new { m.Name, r.Rating })
            .GroupBy(x => x.Name)
            .Select(g => new MethodRatingRow(g.Key, g.Average(x => (double?)x.Rating), g.Count(x => x.Rating != null), g.Count(x => x.Rating == null)))
            .ToListAsync(ct);
        var wishes = await responses.SelectMany(r => r.Wishes)
            .Join(db.CpdMethods, w => w.MethodId, m => m.Id, (w, m) => m.Name)
            .GroupBy(name => name)
            .Select(g => new CountRow(g.Key, g.Count()))
            .ToListAsync(ct);
        var barrierCounts = await responses.SelectMany(r => r.Barriers)
            .GroupBy(b => b.Barrier)
            .Select(g => new { Barrier = g.Key, Count = g.Count() })
            .ToListAsync(ct);

        return new SurveyResults(
            roundChoices,
            teams,
            roles,
            round,
            teamId,
            roleId,
            staffCount,
            count,
            complete,
            [.. methods.OrderByDescending(m => m.Mean ?? double.MinValue).ThenByDescending(m => m.Rated).ThenBy(m => m.Method, StringComparer.Ordinal)],
            [.. wishes.OrderByDescending(w => w.Count).ThenBy(w => w.Label, StringComparer.Ordinal)],
            [.. barrierCounts.Select(b => new CountRow(SurveyBarriers.Label(b.Barrier), b.Count))
                .OrderByDescending(b => b.Count).ThenBy(b => b.Label, StringComparer.Ordinal)]);
    }
}
