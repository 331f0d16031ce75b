using CpdPortal.Application.Common;
using CpdPortal.Application.Common.Rules;
using CpdPortal.Domain.Competence;
using CpdPortal.Domain.Planning;
using CpdPortal.Domain.Settings;
using CpdPortal.Domain.Workforce;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Reports;

/// <summary>
/// What every report query starts from: the council's settings, the learning year of the filter, the day people are
/// counted on (today in the current year, else the year's last day) and today.
/// </summary>
public sealed record ReportScope(PortalSettings Settings, DatePeriod Year, DateOnly ReferenceDay, DateOnly Today)
{
    /// <summary>Whether the reference day is today (the current learning year).</summary>
    public bool EndsToday => ReferenceDay == Today;

    internal static async Task<ReportScope> ForAsync(ICpdPortalDbContext db, TimeProvider clock, ReportFilter filter, CancellationToken ct)
    {
        var settings = await db.PortalSettingsAsync(ct);
        var today = clock.UkToday();
        var (year, day) = ReportPopulation.Period(settings, filter, today);
        return new ReportScope(settings, year, day, today);
    }
}

/// <summary>The population every report starts from, and the days it is measured over.</summary>
internal static class ReportPopulation
{
    /// <summary>The learning year of the filter and the day people are counted on: today in the current year, else its last day.</summary>
    public static (DatePeriod Year, DateOnly ReferenceDay) Period(PortalSettings settings, ReportFilter filter, DateOnly today)
    {
        var year = settings.LearningYear.PeriodContaining(new DateOnly(filter.Year, settings.LearningYear.StartMonth, settings.LearningYear.StartDay));
        return (year, year.Contains(today) ? today : year.End);
    }

    /// <summary>Staff matching the filter (in post or not).</summary>
    public static IQueryable<StaffMember> Matching(ICpdPortalDbContext db, ReportFilter filter)
    {
        var staff = db.StaffMembers.AsQueryable();
        if (filter.TeamId is { } team)
        {
            staff = staff.Where(s => s.TeamId == team);
        }

        if (filter.RoleId is { } role)
        {
            staff = staff.Where(s => s.PathwayRoleId == role);
        }

        if (filter.Registered is { } registered)
        {
            staff = registered ? staff.Where(s => s.RegistrationNumber != null) : staff.Where(s => s.RegistrationNumber == null);
        }

        if (filter.Employment is { } employment)
        {
            staff = staff.Where(s => s.EmploymentType == employment);
        }

        return staff;
    }

    /// <summary>Staff matching the filter who are in post on the day.</summary>
    public static IQueryable<StaffMember> InPost(ICpdPortalDbContext db, ReportFilter filter, DateOnly day) =>
        Matching(db, filter).InPostOn(day);
}

/// <summary>
/// The head counts several reports share, for the staff matching the filter: in post on the reference day, the agency
/// staff among them, the leavers of the learning year up to that day, and of those in post how many have an approved
/// plan for the year, no plan, and at least one stage validated by a supervisor on or before the day.
/// </summary>
public sealed record ReportHeadcount(int InPost, int Agency, int Leavers, int ApprovedPlan, int NoPlan, int Validated);

internal static class ReportHeadcounts
{
    /// <summary>One aggregate row over the staff in post at some point of the learning year up to the reference day.</summary>
    public static async Task<ReportHeadcount> ForAsync(ICpdPortalDbContext db, ReportScope scope, ReportFilter filter, CancellationToken ct)
    {
        var (yearStart, day) = (scope.Year.Start, scope.ReferenceDay);
        var dayEnd = new DateTimeOffset(day.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero);
        var figures = await ReportPopulation.Matching(db, filter)
            .InPostDuring(yearStart, day)
            .Select(s => new
            {
                InPost = s.StartDate <= day && (s.LeaveDate == null || s.LeaveDate >= day),
                Agency = s.EmploymentType == EmploymentType.Agency,
                Left = s.LeaveDate != null && s.LeaveDate <= day,
                Plan = db.DevelopmentPlans.Where(p => p.StaffMemberId == s.Id && p.YearStart == yearStart).Select(p => (PlanStatus?)p.Status).FirstOrDefault(),
                Validated = db.StageAssessments.Any(a => a.StaffMemberId == s.Id && a.Kind == AssessmentKind.Validation && a.AssessedAt <= dayEnd),
            })
            .GroupBy(_ => 1)
            .Select(g => new ReportHeadcount(
                g.Count(x => x.InPost),
                g.Count(x => x.InPost && x.Agency),
                g.Count(x => x.Left),
                g.Count(x => x.InPost && x.Plan == PlanStatus.Approved),
                g.Count(x => x.InPost && x.Plan == null),
                g.Count(x => x.InPost && x.Validated)))
            .FirstOrDefaultAsync(ct);
        return figures ?? new ReportHeadcount(0, 0, 0, 0, 0, 0);
    }
}
