using CpdPortal.Application.Common;
using CpdPortal.Application.Common.Rules;
using CpdPortal.Domain.Settings;
using CpdPortal.Domain.Workforce;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Reports;

/// <summary>What came in on the address, unchecked: every value may be missing or nonsense.</summary>
public sealed record ReportQuery(int? Year, int? Team, int? Role, string? Registered, string? Employment);

/// <summary>
/// Turns the address's filters into a <see cref="ReportFilter"/>: unknown teams, roles or years are dropped (and
/// listed, so the page can say so) rather than answered with an error, because the filter form is a GET.
/// </summary>
public sealed class ReportFilters(ICpdPortalDbContext db, TimeProvider clock)
{
    /// <summary>How many learning years back the reports go (the current one included).</summary>
    public const int YearsOffered = 5;

    public async Task<ReportFilterForm> ReadAsync(ReportQuery query, CancellationToken ct = default)
    {
        var settings = await db.PortalSettingsAsync(ct);
        var current = settings.LearningYear.PeriodContaining(clock.UkToday());
        var years = Enumerable.Range(0, YearsOffered)
            .Select(back => settings.LearningYear.PeriodContaining(current.Start.AddYears(-back)))
            .ToList();
        var teams = await db.Teams.OrderBy(t => t.Name).Select(t => new FilterOption(t.Id, t.Name)).ToListAsync(ct);
        var roles = await db.PathwayRoles.OrderBy(r => r.Title).Select(r => new FilterOption(r.Id, r.Title)).ToListAsync(ct);

        var ignored = new List<string>();
        var year = query.Year is { } y && years.Any(p => p.Start.Year == y) ? y : current.Start.Year;
        if (query.Year is not null && query.Year != year)
        {
            ignored.Add("The learning year asked for is not one the reports cover, so this year is shown");
        }

        var team = Known(query.Team, teams, "team", ignored);
        var role = Known(query.Role, roles, "role", ignored);
        bool? registered = query.Registered switch
        {
            "yes" => true,
            "no" => false,
            _ => null,
        };
        EmploymentType? employment = Enum.TryParse<EmploymentType>(query.Employment, ignoreCase: false, out var e) && Enum.IsDefined(e) && !int.TryParse(query.Employment, out _) ? e : null;
        return new ReportFilterForm(new ReportFilter(year, team, role, registered, employment), teams, roles, years, ignored);
    }

    private static int? Known(int? id, IReadOnlyList<FilterOption> options, string what, List<string> ignored)
    {
        if (id is null)
        {
            return null;
        }

        if (options.Any(o => o.Id == id))
        {
            return id;
        }

        ignored.Add($"The {what} asked for does not exist, so all are shown");
        return null;
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
