using CpdPortal.Application.Activities;
using CpdPortal.Application.Common;
using CpdPortal.Application.Competence;
using CpdPortal.Application.Planning;
using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Competence;
using CpdPortal.Domain.Planning;
using CpdPortal.Domain.Settings;
using CpdPortal.Domain.Supervision;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Supervision;

/// <summary>
/// The supervisee overview's own projections (docs/adr/0034): each panel in one command, read for what the page
/// shows rather than through the practitioner pages' services (which read filters, methods and frameworks the
/// overview does not show). Every command is keyed on the supervisee's id, so its cost follows one person's history,
/// never the council's size.
/// </summary>
internal static class SuperviseeOverviewReads
{
    /// <summary>
    /// The CPD panel in one command: every entry's date (for the learning years offered), and the details only of the
    /// entries in the requested year and the current one (the page's rows, totals and the entitlement bar).
    /// </summary>
    public static async Task<ActivityList> ActivitiesAsync(ICpdPortalDbContext db, PortalSettings settings, int staffMemberId, PersonInPost? inPost, int? requestedYear, int? requestedPage, DateOnly today, CancellationToken ct)
    {
        var policy = settings.LearningYear;
        var current = policy.PeriodContaining(today);
        var requested = requestedYear is >= 2 and <= 9998 ? policy.PeriodContaining(new DateOnly(requestedYear.Value, 12, 31)) : current;
        var (from1, to1, from2, to2) = (current.Start, current.End, requested.Start, requested.End);
        var entries = (await db.CpdActivities
                .Where(a => a.StaffMemberId == staffMemberId)
                .Select(a => new
                {
                    a.Id,
                    a.Date,
                    a.EndDate,
                    Title = (a.Date >= from1 && a.Date <= to1) || (a.Date >= from2 && a.Date <= to2) ? a.Title : null,
                    MethodName = a.Method!.Name,
                    a.Hours,
                    a.Status,
                    a.Certificated,
                    a.Method.CountsTowardsEntitlement,
                })
                .ToListAsync(ct))
            .Select(a => new
            {
                a.Id,
                a.Date,
                Detail = a.Title is null ? null : new EntryDetail(a.EndDate, a.Title, a.MethodName, a.Hours, a.Status, a.Certificated, a.CountsTowardsEntitlement),
            })
            .ToList();

        var years = entries.Select(e => policy.PeriodContaining(e.Date)).Append(current).Distinct().OrderByDescending(p => p.Start).ToList();
        var year = years.Exists(p => p.Start.Year == requestedYear) ? years.Find(p => p.Start.Year == requestedYear) : current;
        var shown = entries
            .Where(e => e.Detail is not null && e.Date >= year.Start && e.Date <= year.End)
            .OrderByDescending(e => e.Date).ThenByDescending(e => e.Id)
            .ToList();
        var hours = shown.Sum(e => e.Detail!.Hours);
        var workingDay = settings.WorkingDayHours;
        var rows = shown
            .ToPage(requestedPage, Paging.DefaultPageSize)
            .Select(e => new ActivityRow(e.Id, e.Date, e.Detail!.EndDate, e.Detail.Title, e.Detail.MethodName, e.Detail.Hours, Entitlement.ToDays(e.Detail.Hours, workingDay), e.Detail.Status, e.Detail.Certificated));
        var entitlement = EntitlementReader.FromEntries(
            settings,
            today,
            entries.Where(e => e.Detail is not null && e.Date >= current.Start && e.Date <= current.End)
                .Select(e => new EntitlementEntry(e.Id, e.Detail!.Title, e.Date, e.Detail.Hours, e.Detail.Certificated, e.Detail.Status, e.Detail.CountsTowardsEntitlement)),
            inPost);
        return new ActivityList(
            new ActivityFilter(year.Start.Year, null, null),
            years,
            [],
            [],
            rows,
            new ActivityTotals(shown.Count, hours, Entitlement.ToDays(hours, workingDay)),
            entitlement);
    }

    /// <summary>
    /// The newest sessions and every open action in one command: the sessions that are among the newest few or have an
    /// open action, each with its open actions (a flat LEFT JOIN on the session's key). The newest few of these are
    /// the newest few of all, since every one of those is read.
    /// </summary>
    public static async Task<(IReadOnlyList<SessionRow> Recent, IReadOnlyList<OpenActionRow> OpenActions)> SessionsAndActionsAsync(ICpdPortalDbContext db, int superviseeId, int recent, DateOnly today, CancellationToken ct)
    {
        var newest = db.SupervisionSessions
            .Where(x => x.SuperviseeId == superviseeId)
            .OrderByDescending(x => x.Date).ThenByDescending(x => x.Id)
            .Take(recent)
            .Select(x => x.Id);
        var rows = await (
                from x in db.SupervisionSessions
                where x.SuperviseeId == superviseeId && (newest.Contains(x.Id) || x.Actions.Any(o => o.Status == ActionStatus.Open))
                join s in db.StaffMembers on x.SupervisorId equals s.Id
                from a in x.Actions.Where(o => o.Status == ActionStatus.Open).DefaultIfEmpty()
                select new
                {
                    x.Id,
                    x.Date,
                    x.Type,
                    x.Hours,
                    SupervisorName = s.GivenName + " " + s.FamilyName,
                    Acknowledged = x.AcknowledgedAt != null,
                    ActionId = a == null ? (int?)null : a.Id,
                    Text = a == null ? null : a.Text,
                    Owner = a == null ? (ActionOwner?)null : a.Owner,
                    DueDate = a == null ? (DateOnly?)null : a.DueDate,
                })
            .ToListAsync(ct);

        var sessions = rows
            .GroupBy(r => r.Id)
            .Select(g => new SessionRow(g.Key, g.First().Date, g.First().Type, g.First().Hours, g.First().SupervisorName, g.First().Acknowledged, g.Count(r => r.ActionId is not null)))
            .OrderByDescending(r => r.Date).ThenByDescending(r => r.Id)
            .Take(recent)
            .ToList();
        var actions = rows
            .Where(r => r.ActionId is not null)
            .OrderBy(r => r.DueDate).ThenBy(r => r.ActionId)
            .Select(r => new OpenActionRow(r.ActionId!.Value, r.Id, r.Date, r.Text!, r.Owner!.Value, r.DueDate!.Value, r.DueDate < today))
            .ToList();
        return (sessions, actions);
    }

    /// <summary>
    /// This learning year's plan with its goals and history in one command (two small collections of one plan: a few
    /// goals times a few transitions), in PlanService.ViewAsync's order.
    /// </summary>
    public static async Task<PlanView?> PlanAsync(ICpdPortalDbContext db, int staffMemberId, DateOnly yearStart, CancellationToken ct)
    {
        var plan = await db.DevelopmentPlans
            .Where(p => p.StaffMemberId == staffMemberId && p.YearStart == yearStart)
            .Select(p => new
            {
                p.Id,
                p.Status,
                p.UpdatedAt,
                Goals = p.Goals
                    .Select(g => new GoalRow(g.Id, g.AreaId, db.CompetenceAreas.Where(a => a.Id == g.AreaId).Select(a => a.Name).First(), g.TargetStage, g.TargetDate, g.PlannedActivities, g.Status))
                    .ToList(),
                History = p.Transitions
                    .Select(t => new { t.Id, Row = new TransitionRow(t.At, db.StaffMembers.Where(s => s.Id == t.ByStaffId).Select(s => s.GivenName + " " + s.FamilyName).First(), t.From, t.To, t.Comment) })
                    .ToList(),
            })
            .SingleOrDefaultAsync(ct);
        if (plan is null)
        {
            return null;
        }

        var goals = plan.Goals.OrderBy(g => g.TargetDate).ThenBy(g => g.GoalId).ToList();
        var history = plan.History.OrderByDescending(t => t.Row.At).ThenByDescending(t => t.Id).Select(t => t.Row).ToList();
        var changes = plan.Status == PlanStatus.ChangesRequested
            ? history.Where(t => t.To == PlanStatus.ChangesRequested).Select(t => new ReviewComment(t.ByName, t.At, t.Comment)).FirstOrDefault()
            : null;
        return new PlanView(plan.Id, plan.Status, plan.Status is PlanStatus.Draft or PlanStatus.ChangesRequested, plan.UpdatedAt, changes, goals, history);
    }

    /// <summary>
    /// The stages table in one command, from the assessments read with the person: the areas of the current
    /// frameworks and any earlier-version area the person assessed (its key carries the assessment forward, as
    /// CurrentFrameworks.CurrentAreasOfAsync maps it), then the domain's CurrentStages rule.
    /// </summary>
    public static async Task<AssessmentOverview> StagesAsync(ICpdPortalDbContext db, bool registered, IReadOnlyList<StageAssessment> history, CancellationToken ct)
    {
        var assessed = history.Select(a => a.AreaId).Distinct().ToList();
        var areas = await db.CompetenceAreas
            .Where(a => (a.Framework!.PublishedOn != null && a.Framework.SupersededOn == null) || assessed.Contains(a.Id))
            .Select(a => new
            {
                a.Id,
                a.Key,
                a.Name,
                a.Order,
                a.FrameworkId,
                FrameworkName = a.Framework!.Name,
                a.Framework.Version,
                a.Framework.Audience,
                IsCurrent = a.Framework.PublishedOn != null && a.Framework.SupersededOn == null,
                IsSuperseded = a.Framework.SupersededOn != null,
            })
            .ToListAsync(ct);

        var currentByKey = areas.Where(a => a.IsCurrent).GroupBy(a => a.Key).ToDictionary(g => g.Key, g => g.First().Id);
        var carried = areas
            .Where(a => a.IsSuperseded && assessed.Contains(a.Id) && currentByKey.ContainsKey(a.Key))
            .ToDictionary(a => a.Id, a => currentByKey[a.Key]);
        var versions = areas.ToDictionary(a => a.Id, a => a.Version);
        var stages = CurrentStages.From(history, carried);
        var frameworks = areas
            .Where(a => a.IsCurrent && CompetenceFramework.Includes(a.Audience, registered))
            .OrderBy(a => a.FrameworkName, StringComparer.Ordinal).ThenBy(a => a.Version).ThenBy(a => a.Order)
            .GroupBy(a => (a.FrameworkId, a.FrameworkName, a.Version))
            .Select(g => new FrameworkAreas(
                g.Key.FrameworkId,
                g.Key.FrameworkName,
                g.Key.Version,
                g.Select(a =>
                {
                    var stage = stages.GetValueOrDefault(a.Id);
                    return new AreaCurrentStage(a.Id, a.Name, stage, stage?.CarriedFromAreaId is { } from ? versions.GetValueOrDefault(from) : null);
                }).ToList()))
            .ToList();
        return new AssessmentOverview(frameworks);
    }

    private sealed record EntryDetail(DateOnly? EndDate, string Title, string MethodName, decimal Hours, ActivityStatus Status, bool Certificated, bool CountsTowardsEntitlement);
}
