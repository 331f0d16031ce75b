using CpdPortal.Application.Common;
using CpdPortal.Application.Supervision;
using CpdPortal.Application.Training;
using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Competence;
using CpdPortal.Domain.Planning;
using CpdPortal.Domain.Registration;
using CpdPortal.Domain.Reporting;
using CpdPortal.Domain.Settings;
using CpdPortal.Domain.Supervision;
using CpdPortal.Domain.Workforce;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Reports;

public sealed partial class ReportsService
{
    /// <summary>
    /// The index: each report's headline for the current learning year, everyone counted. Each headline comes from
    /// shared lean queries (one row of figures per person in post, covered stages per area, the stages history, the
    /// year's staff), never from building the full reports, so the index runs 8 queries of its own; the wording is
    /// each report's own (the same Headline methods).
    /// </summary>
    public async Task<IReadOnlyList<ReportHeadline>> HeadlinesAsync(CancellationToken ct = default)
    {
        var settings = await db.PortalSettingsAsync(ct);
        var today = clock.UkToday();
        var year = settings.LearningYear.PeriodContaining(today);
        var filter = new ReportFilter(year.Start.Year, null, null, null, null);
        var inPost = ReportPopulation.InPost(db, filter, today);

        var registrationYear = settings.RegistrationRule.Year.PeriodContaining(today);
        var endOfToday = EndOf(today);

        // One row per person in post, with each figure the headlines need (each a correlated aggregate in SQL).
        var people = await inPost
            .Select(s => new
            {
                Hours = db.LearningYearSummaries
                    .Where(x => x.StaffMemberId == s.Id && x.YearStart == year.Start)
                    .Sum(x => (decimal?)x.EntitlementHours) ?? 0m,
                Plan = db.DevelopmentPlans.Where(p => p.StaffMemberId == s.Id && p.YearStart == year.Start).Select(p => (PlanStatus?)p.Status).FirstOrDefault(),
                Supervised = s.SupervisorId != null,
                s.StartDate,
                s.LeaveDate,
                s.FullTimeEquivalent,
                s.PathwayRoleId,
                LastSession = db.SupervisionSessions.Where(x => x.SuperviseeId == s.Id && x.Date <= today).Max(x => (DateOnly?)x.Date),
                Registered = s.RegistrationNumber != null,
                Complete = db.CpdActivities.Count(a => a.StaffMemberId == s.Id && a.Status == ActivityStatus.Complete
                                                       && a.Date >= registrationYear.Start && a.Date <= registrationYear.End),
                WithReflection = db.CpdActivities.Count(a => a.StaffMemberId == s.Id && a.Status == ActivityStatus.Complete
                                                             && a.Date >= registrationYear.Start && a.Date <= registrationYear.End
                                                             && a.PeerReflection != null && a.PeerReflection != ""),
                Validated = db.StageAssessments.Any(a => a.StaffMemberId == s.Id && a.Kind == AssessmentKind.Validation && a.AssessedAt <= endOfToday),
            })
            .ToListAsync(ct);
        var policies = await db.SupervisionPolicies.AsNoTracking().ToDictionaryAsync(p => p.PathwayRoleId, p => p.Policy, ct);
        var frameworks = ReportedFrameworks.Current(db);
        var coveredPerArea = await db.CompetenceAreas
            .Where(a => frameworks.Any(f => f.Id == a.FrameworkId))
            .Select(a => db.Courses.Offered(today).SelectMany(c => c.Mappings).Where(m => m.AreaId == a.Id).Select(m => m.Stage).Distinct().Count())
            .ToListAsync(ct);
        var overTime = await StageCountsOverTimeAsync(settings, filter, today, ct);
        var workforce = await WorkforceStaffAsync(filter, year, ct);
        var courses = await CourseOutcomesAsync(filter, year, ct);

        var days = people.Select(p => new PersonDays(string.Empty, Entitlement.ToDays(p.Hours, settings.WorkingDayHours), settings.AllowanceFor(p.FullTimeEquivalent, year, p.StartDate, p.LeaveDate))).ToList();
        var supervised = people.Where(p => p.Supervised).ToList();
        var overdue = supervised.Count(p => SupervisionSchedule.StatusOn(SupervisionSchedule.NextDue(SupervisionDue.PolicyFor(policies, p.PathwayRoleId), p.StartDate, p.LastSession), today) == SupervisionDueStatus.Overdue);
        var registered = people.Where(p => p.Registered).ToList();
        return
        [
            Headline(ReportKind.Entitlement, EntitlementHeadline(days, settings)),
            Headline(ReportKind.Plans, PlansHeadline(people.Count(p => p.Plan == PlanStatus.Approved), people.Count(p => p.Plan is null), people.Count)),
            Headline(ReportKind.Supervision, SupervisionHeadline(overdue, supervised.Count, today)),
            Headline(ReportKind.Registration, RegistrationHeadline(registered.Count(r => RegistrationCompliance.Meets(settings.RegistrationRule, r.Complete, r.WithReflection)), registered.Count, registrationYear, today)),
            Headline(ReportKind.Courses, CoursesHeadline(courses)),
            Headline(ReportKind.MappingCoverage, MappingCoverageHeadline(coveredPerArea.Sum(), coveredPerArea.Count * DreyfusStages.All.Count)),
            Headline(ReportKind.Stages, StagesHeadline(people.Count(p => p.Validated), people.Count)),
            Headline(ReportKind.StagesOverTime, StagesOverTimeHeadline(overTime.Dates, overTime.All)),
            Headline(ReportKind.Workforce, WorkforceHeadline(workforce, year, today)),
        ];
    }

    private static ReportHeadline Headline(ReportKind kind, string headline) => new(kind, Title(kind), headline);

    private static string EntitlementHeadline(List<PersonDays> days, PortalSettings settings) =>
        $"{Measures.PercentOf(days.Count(d => d.Days >= d.Allowance), days.Count)}% of {Count(days.Count)} staff have used their full "
        + (settings.EntitlementProRata ? $"allowance ({Days(settings.EntitlementDays)} days full time, pro rata)" : $"{Days(settings.EntitlementDays)} days")
        + $"; the mean is {Days(Measures.Mean(days.Select(d => d.Days).ToList()))} days.";

    private static string PlansHeadline(int approved, int none, int people) =>
        $"{Measures.PercentOf(approved, people)}% of {Count(people)} staff have an approved plan for this learning year; {Measures.PercentOf(none, people)}% have none.";

    private static string SupervisionHeadline(int overdue, int supervised, DateOnly day) =>
        $"{Measures.PercentOf(supervised - overdue, supervised)}% of {Count(supervised)} supervised staff are not overdue for supervision on {Date(day)}; {Count(overdue)} overdue.";

    private static string RegistrationHeadline(int meeting, int registered, DatePeriod registrationYear, DateOnly day) =>
        $"{Measures.PercentOf(meeting, registered)}% of {Count(registered)} registered social workers meet the rule for the registration year ending {Date(registrationYear.End)} ({Count(registrationYear.End.DayNumber - day.DayNumber)} days left).";

    private static string MappingCoverageHeadline(int covered, int cells) =>
        $"{Measures.PercentOf(covered, cells)}% of training-map cells have a course; {Count(cells - covered)} {(cells - covered == 1 ? "gap" : "gaps")}.";

    private static string StagesHeadline(int validatedPeople, int population) =>
        $"{Measures.PercentOf(validatedPeople, population)}% of {Count(population)} staff have at least one stage validated by a supervisor.";

    private static string StagesOverTimeHeadline(List<DateOnly> dates, int[][] all) =>
        $"{Measures.PercentOf(AtOrAbove(all[^1], DreyfusStage.Competent), all[^1].Sum())}% of current stages are competent (stage 3) or above on {Date(dates[^1])}"
        + (all[0].Sum() == 0
            ? $"; none had been recorded on {Date(dates[0])}."
            : $", against {Measures.PercentOf(AtOrAbove(all[0], DreyfusStage.Competent), all[0].Sum())}% on {Date(dates[0])}.");

    private static string WorkforceHeadline(List<WorkforceStaff> staff, DatePeriod year, DateOnly day)
    {
        var inPost = staff.Where(s => Measures.InPostOn(s.StartDate, s.LeaveDate, day)).ToList();
        var leavers = staff.Count(s => s.LeaveDate is { } leave && leave >= year.Start && leave <= day);
        return $"{Count(inPost.Count)} staff in post on {Date(day)}, {Measures.PercentOf(inPost.Count(s => s.EmploymentType == EmploymentType.Agency), inPost.Count)}% agency; {Count(leavers)} {(leavers == 1 ? "leaver" : "leavers")} this learning year.";
    }
}
