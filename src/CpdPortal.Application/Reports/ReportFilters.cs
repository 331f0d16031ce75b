using CpdPortal.Application.Common;
using CpdPortal.Domain.Workforce;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Reports;

/// <summary>What came in on the address, unchecked: every value may be missing or nonsense.</summary>
public sealed record ReportQuery(int? Year, int? Team, int? Role, string? Registered, string? Employment);

/// <summary>
/// Turns the address's filters into a <see cref="ReportFilter"/>: unknown teams, roles or years are dropped (and
/// listed, so the page can say so) rather than answered with an error, because the filter form is a GET.
/// </summary>
public sealed class ReportFilters(ICpdPortalDbContext db, TimeProvider clock, FilterOptionsCache options)
{
    /// <summary>How many learning years back the reports go (the current one included).</summary>
    public const int YearsOffered = 5;

    /// <summary>
    /// Without options (a report the staff filters do not apply to, whose form is not shown) the teams and roles are not
    /// read. With them, they come from <see cref="FilterOptionsCache"/>: read once, forgotten when a save changes a team
    /// or a role, so a warm report request runs no query for its form (docs/adr/0040).
    /// </summary>
    public async Task<ReportFilterForm> ReadAsync(ReportQuery query, bool withOptions, CancellationToken ct = default)
    {
        var settings = await db.PortalSettingsAsync(ct);
        var current = settings.LearningYear.PeriodContaining(clock.UkToday());
        var years = Enumerable.Range(0, YearsOffered)
            .Select(back => settings.LearningYear.PeriodContaining(current.Start.AddYears(-back)))
            .ToList();
        var teams = withOptions
            ? await TeamsAsync(options, db, ct)
            : FilterOptionList.Empty;
        var roles = withOptions
            ? await RolesAsync(options, db, ct)
            : FilterOptionList.Empty;

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
        return new ReportFilterForm(new ReportFilter(year, team, role, registered, employment), teams.Options, roles.Options, years, ignored);
    }

    /// <summary>Every team in name order, from the cache (the reports' and the compliance report's filter forms).</summary>
    internal static Task<FilterOptionList> TeamsAsync(FilterOptionsCache options, ICpdPortalDbContext db, CancellationToken ct) =>
        options.TeamsAsync(() => db.Teams.AsNoTracking().OrderBy(t => t.Name).ThenBy(t => t.Id).Select(t => new FilterOption(t.Id, t.Name)).ToListAsync(ct));

    /// <summary>Every pathway role in title order, from the cache (as <see cref="TeamsAsync"/>).</summary>
    internal static Task<FilterOptionList> RolesAsync(FilterOptionsCache options, ICpdPortalDbContext db, CancellationToken ct) =>
        options.RolesAsync(() => db.PathwayRoles.AsNoTracking().OrderBy(r => r.Title).ThenBy(r => r.Id).Select(r => new FilterOption(r.Id, r.Title)).ToListAsync(ct));

    private static int? Known(int? id, FilterOptionList options, string what, List<string> ignored)
    {
        if (id is not { } asked)
        {
            return null;
        }

        if (options.Contains(asked))
        {
            return asked;
        }

        ignored.Add($"The {what} asked for does not exist, so all are shown");
        return null;
    }
}
