using CpdPortal.Application.Common;
using CpdPortal.Application.Common.Rules;
using CpdPortal.Application.Reports;
using CpdPortal.Domain.Survey;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Survey;

/// <summary>
/// One round's results (/reports/survey), aggregated in the database: response rate, complete responses, mean
/// rating per method, wish-list and barrier counts, for everyone or a team and/or pathway role. Anonymous: nothing
/// here reads who answered, and a group of fewer than five responses shows no figures at all. The form's teams and
/// roles are the report filter's remembered lists (docs/adr/0040), so a request reads the rounds and, for its figures,
/// the chosen group's responses only.
/// </summary>
public sealed class SurveyResultsService(ICpdPortalDbContext db, TimeProvider clock, FilterOptionsCache options)
{
    /// <summary>The form: the rounds, the remembered teams and roles, and the choice checked against them (unknown ids are ignored).</summary>
    public async Task<SurveyResultsForm> ReadFormAsync(SurveyResultsQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var today = clock.UkToday();
        var rounds = await db.SurveyRounds.AsNoTracking()
            .OrderByDescending(r => r.OpenedOn).ThenByDescending(r => r.Id)
            .ToListAsync(ct);
        var teams = await ReportFilters.TeamsAsync(options, db, ct);
        var roles = await ReportFilters.RolesAsync(options, db, ct);

        // Unknown ids are ignored: the latest round, all teams, all roles.
        var chosen = rounds.FirstOrDefault(r => r.Id == query.RoundId) ?? rounds.FirstOrDefault();
        var teamId = query.TeamId is { } t && teams.Contains(t) ? query.TeamId : null;
        var roleId = query.PathwayRoleId is { } p && roles.Contains(p) ? query.PathwayRoleId : null;
        SurveyResultsRound? round = null;
        if (chosen is not null)
        {
            // The domain's rules for an open round and its last day (SurveyRound.IsOpenOn, LastDay), not a copy of them.
            var isOpen = chosen.IsOpenOn(today);
            round = new SurveyResultsRound(chosen.Id, chosen.Title, chosen.OpenedOn, chosen.ClosingDate, chosen.ClosedEarlyOn, isOpen, isOpen ? today : chosen.LastDay);
        }

        return new SurveyResultsForm(
            [.. rounds.Select(r => new Choice(r.Id, r.Title))],
            teams.Options,
            roles.Options,
            round,
            teamId,
            Name(teams, teamId),
            roleId,
            Name(roles, roleId));
    }

    /// <summary>The figures for the form's round and group (none without a round): three aggregates, and three more when the group is large enough to show.</summary>
    public async Task<SurveyFigures> FiguresAsync(SurveyResultsForm form, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (form.Round is not { } round)
        {
            return SurveyFigures.None;
        }

        var staff = db.StaffMembers.InPostOn(round.StaffCountedOn);
        var responses = db.SurveyResponses.Where(r => r.RoundId == round.Id);
        if (form.TeamId is { } teamId)
        {
            staff = staff.Where(s => s.TeamId == teamId);
            responses = responses.Where(r => r.TeamId == teamId);
        }

        if (form.PathwayRoleId is { } roleId)
        {
            staff = staff.Where(s => s.PathwayRoleId == roleId);
            responses = responses.Where(r => r.PathwayRoleId == roleId);
        }

        // Staff, responses and complete responses in one round trip (three scalar subqueries).
        var totals = await db.SurveyRounds
            .Where(r => r.Id == round.Id)
            .Select(r => new { Staff = staff.Count(), Count = responses.Count(), Complete = responses.Count(x => x.IsComplete) })
            .SingleAsync(ct);
        if (!SurveyAnonymity.CanShow(totals.Count))
        {
            return new SurveyFigures(totals.Staff, totals.Count, totals.Complete, [], [], []);
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

        return new SurveyFigures(
            totals.Staff,
            totals.Count,
            totals.Complete,
            [.. methods.OrderByDescending(m => m.Mean ?? double.MinValue).ThenByDescending(m => m.Rated).ThenBy(m => m.Method, StringComparer.Ordinal)],
            [.. wishes.OrderByDescending(w => w.Count).ThenBy(w => w.Label, StringComparer.Ordinal)],
            [.. barrierCounts.Select(b => new CountRow(SurveyBarriers.Label(b.Barrier), b.Count))
                .OrderByDescending(b => b.Count).ThenBy(b => b.Label, StringComparer.Ordinal)]);
    }

    /// <summary>The chosen option's name (a scan, only when one is chosen).</summary>
    private static string? Name(FilterOptionList list, int? id) =>
        id is null ? null : list.Options.FirstOrDefault(o => o.Id == id)?.Name;
}
