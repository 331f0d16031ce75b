using CpdPortal.Application.Common;
using CpdPortal.Application.Common.Rules;
using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Reporting;
using CpdPortal.Domain.Workforce;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Reports;

/// <summary>Staff in post on the reference day, the agency staff among them, and the leavers of the learning year up to it.</summary>
public sealed record WorkforceHeadline(int InPost, int Agency, int Leavers);

/// <summary>One quarter of the learning year up to its end (or the reference day): headcount and agency staff then, its leavers, CPD days per person.</summary>
public sealed record WorkforceQuarter(DateOnly Start, DateOnly End, int Headcount, int Agency, int Leavers, decimal DaysPerPerson);

/// <summary>A team's or role's staff in post (<see cref="Name"/> null: no pathway role): agency staff, mean CPD days, absence where reported.</summary>
public sealed record WorkforceGroup(string? Name, int Staff, int Agency, decimal MeanCpdDays, int AbsenceReported, decimal? MeanAbsenceDays);

public sealed record WorkforceReport(
    ReportScope Scope,
    WorkforceHeadline Headline,
    IReadOnlyList<WorkforceQuarter> Quarters,
    IReadOnlyList<WorkforceGroup> ByTeam,
    IReadOnlyList<WorkforceGroup> ByRole);

/// <summary>
/// Headcount, agency share, leavers and CPD days per person, quarter by quarter (association, never cause), and by team
/// and role. The quarters' headcounts, agency staff and leavers are counted in the database (one row), their hours
/// summed from the learning-year summaries (docs/adr/0030); the groups read a row per person in post.
/// </summary>
public sealed class WorkforceReportQuery(ICpdPortalDbContext db, TimeProvider clock)
{
    public async Task<WorkforceReport> RunAsync(ReportFilter filter, CancellationToken ct = default)
    {
        var scope = await ReportScope.ForAsync(db, clock, filter, ct);
        var (settings, year) = (scope.Settings, scope.Year);
        var counted = await QuartersAsync(db, scope, filter, ct);
        // The year's entitlement hours per quarter, from the summaries of the staff matching the filter (docs/adr/0030).
        // "Id IN (staff)" lets the database find a team's few summaries by key instead of reading the whole year's.
        var staff = ReportPopulation.Matching(db, filter).Select(s => s.Id);
        var hours = await db.LearningYearSummaries
            .Where(x => x.YearStart == year.Start && staff.Contains(x.StaffMemberId))
            .GroupBy(x => 1)
            .Select(g => new { Q1 = g.Sum(x => x.Quarter1Hours), Q2 = g.Sum(x => x.Quarter2Hours), Q3 = g.Sum(x => x.Quarter3Hours), Q4 = g.Sum(x => x.Quarter4Hours) })
            .FirstOrDefaultAsync(ct);
        decimal[] quarterHours = hours is null ? [0m, 0m, 0m, 0m] : [hours.Q1, hours.Q2, hours.Q3, hours.Q4];
        var quarters = counted
            .Select((q, i) =>
            {
                var quarterDays = Entitlement.ToDays(quarterHours[i], settings.WorkingDayHours);
                var perPerson = q.Headcount == 0 ? 0 : Math.Round(quarterDays / q.Headcount, 2, MidpointRounding.AwayFromZero);
                return q with { DaysPerPerson = perPerson };
            })
            .ToList();
        var people = await ReportPopulation.InPost(db, filter, scope.ReferenceDay)
            .Select(s => new
            {
                Team = s.Team!.Name,
                Role = s.PathwayRole == null ? null : s.PathwayRole.Title,
                Agency = s.EmploymentType == EmploymentType.Agency,
                s.AbsenceDays,
                Hours = db.LearningYearSummaries
                    .Where(x => x.StaffMemberId == s.Id && x.YearStart == year.Start)
                    .Sum(x => (decimal?)x.EntitlementHours) ?? 0m,
            })
            .ToListAsync(ct);
        var rows = people.Select(p => new WorkforcePerson(p.Team, p.Role, p.Agency, p.AbsenceDays, Entitlement.ToDays(p.Hours, settings.WorkingDayHours))).ToList();
        // The last quarter ends on the reference day, and the quarters' leavers add up to the year's so far.
        var headline = new WorkforceHeadline(quarters[^1].Headcount, quarters[^1].Agency, quarters.Sum(q => q.Leavers));
        return new WorkforceReport(scope, headline, quarters, Grouped(rows, p => p.Team), Grouped(rows, p => p.Role));
    }

    internal static WorkforceHeadline Headline(ReportHeadcount headcount) => new(headcount.InPost, headcount.Agency, headcount.Leavers);

    /// <summary>
    /// The quarters of the learning year that have started by the reference day, each up to its end or the reference
    /// day: headcount and agency staff in post at that end and leavers in the quarter, counted in one aggregate row.
    /// </summary>
    private static async Task<List<WorkforceQuarter>> QuartersAsync(ICpdPortalDbContext db, ReportScope scope, ReportFilter filter, CancellationToken ct)
    {
        var (year, day) = (scope.Year, scope.ReferenceDay);
        var periods = Enumerable.Range(0, 4)
            .Select(q => (Start: year.Start.AddMonths(3 * q), End: year.Start.AddMonths(3 * (q + 1)).AddDays(-1)))
            .Select(q => (q.Start, End: q.End < day ? q.End : day))
            .ToList();
        var (s1, s2, s3, s4) = (periods[0].Start, periods[1].Start, periods[2].Start, periods[3].Start);
        var (e1, e2, e3, e4) = (periods[0].End, periods[1].End, periods[2].End, periods[3].End);
        const EmploymentType agency = EmploymentType.Agency;
        var counts = await ReportPopulation.Matching(db, filter)
            .InPostDuring(year.Start, year.End)
            .GroupBy(_ => 1)
            .Select(g => new[]
            {
                g.Count(s => s.StartDate <= e1 && (s.LeaveDate == null || s.LeaveDate >= e1)),
                g.Count(s => s.StartDate <= e1 && (s.LeaveDate == null || s.LeaveDate >= e1) && s.EmploymentType == agency),
                g.Count(s => s.LeaveDate >= s1 && s.LeaveDate <= e1),
                g.Count(s => s.StartDate <= e2 && (s.LeaveDate == null || s.LeaveDate >= e2)),
                g.Count(s => s.StartDate <= e2 && (s.LeaveDate == null || s.LeaveDate >= e2) && s.EmploymentType == agency),
                g.Count(s => s.LeaveDate >= s2 && s.LeaveDate <= e2),
                g.Count(s => s.StartDate <= e3 && (s.LeaveDate == null || s.LeaveDate >= e3)),
                g.Count(s => s.StartDate <= e3 && (s.LeaveDate == null || s.LeaveDate >= e3) && s.EmploymentType == agency),
                g.Count(s => s.LeaveDate >= s3 && s.LeaveDate <= e3),
                g.Count(s => s.StartDate <= e4 && (s.LeaveDate == null || s.LeaveDate >= e4)),
                g.Count(s => s.StartDate <= e4 && (s.LeaveDate == null || s.LeaveDate >= e4) && s.EmploymentType == agency),
                g.Count(s => s.LeaveDate >= s4 && s.LeaveDate <= e4),
            })
            .FirstOrDefaultAsync(ct) ?? new int[12];
        return periods
            .Select((q, i) => new WorkforceQuarter(q.Start, q.End, counts[3 * i], counts[(3 * i) + 1], counts[(3 * i) + 2], 0m))
            .Where(q => q.Start <= day)
            .ToList();
    }

    private static List<WorkforceGroup> Grouped(List<WorkforcePerson> rows, Func<WorkforcePerson, string?> key) => rows
        .GroupBy(key)
        .OrderBy(g => g.Key is null)
        .ThenBy(g => g.Key, StringComparer.Ordinal)
        .Select(g =>
        {
            var absences = g.Where(p => p.AbsenceDays is not null).Select(p => p.AbsenceDays!.Value).ToList();
            return new WorkforceGroup(
                g.Key,
                g.Count(),
                g.Count(p => p.Agency),
                Measures.Mean(g.Select(p => p.CpdDays).ToList()),
                absences.Count,
                absences.Count == 0 ? null : Measures.Mean(absences));
        })
        .ToList();

    private sealed record WorkforcePerson(string Team, string? Role, bool Agency, decimal? AbsenceDays, decimal CpdDays);
}
