using System.Globalization;
using CpdPortal.Application.Common;
using CpdPortal.Application.Common.Rules;
using CpdPortal.Application.Supervision;
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

/// <summary>
/// The managers' reports. Each is a handful of aggregate queries in the database (sums and counts per person, never
/// the rows behind them), then the domain's arithmetic (<see cref="Measures"/>) on the small result.
/// </summary>
public sealed partial class ReportsService(ICpdPortalDbContext db, TimeProvider clock)
{
    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    public static string Title(ReportKind kind) => kind switch
    {
        ReportKind.Entitlement => "Training days against the entitlement",
        ReportKind.Plans => "CPD plans",
        ReportKind.Supervision => "Supervision on time",
        ReportKind.Registration => "Social Work England registration CPD",
        ReportKind.MappingCoverage => "Coverage of the training map",
        ReportKind.Stages => "Validated stages",
        ReportKind.StagesOverTime => "Stages over time",
        ReportKind.Workforce => "Workforce and CPD engagement",
        ReportKind.Courses => "Courses: uptake and impact",
        _ => kind.ToString(),
    };

    /// <summary>Whether a report counts staff, so the staff filters apply (the training map's coverage does not).</summary>
    public static bool FiltersStaff(ReportKind kind) => kind != ReportKind.MappingCoverage;

    public Task<Report> BuildAsync(ReportKind kind, ReportFilter filter, CancellationToken ct = default) => kind switch
    {
        ReportKind.Entitlement => EntitlementAsync(filter, ct),
        ReportKind.Plans => PlansAsync(filter, ct),
        ReportKind.Supervision => SupervisionAsync(filter, ct),
        ReportKind.Registration => RegistrationAsync(filter, ct),
        ReportKind.MappingCoverage => MappingCoverageAsync(ct),
        ReportKind.Stages => StagesAsync(filter, ct),
        ReportKind.StagesOverTime => StagesOverTimeAsync(filter, ct),
        ReportKind.Workforce => WorkforceAsync(filter, ct),
        ReportKind.Courses => CoursesAsync(filter, ct),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Training days per person against their allowance (pro rata where the council says so): bands, the share at or above it, and by team.</summary>
    public async Task<Report> EntitlementAsync(ReportFilter filter, CancellationToken ct = default)
    {
        var settings = await db.PortalSettingsAsync(ct);
        var (year, day) = ReportPopulation.Period(settings, filter, clock.UkToday());
        var people = await ReportPopulation.InPost(db, filter, day)
            .Select(s => new
            {
                Team = s.Team!.Name,
                s.FullTimeEquivalent,
                s.StartDate,
                s.LeaveDate,
                Hours = db.LearningYearSummaries
                    .Where(x => x.StaffMemberId == s.Id && x.YearStart == year.Start)
                    .Sum(x => (decimal?)x.EntitlementHours) ?? 0m,
            })
            .ToListAsync(ct);
        var days = people.Select(p => new PersonDays(
                p.Team,
                Entitlement.ToDays(p.Hours, settings.WorkingDayHours),
                settings.AllowanceFor(p.FullTimeEquivalent, year, p.StartDate, p.LeaveDate)))
            .ToList();
        var bands = Measures.EntitlementBands(days.Select(d => (d.Days, d.Allowance)));

        var byTeam = days
            .GroupBy(d => d.Team)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Row(
                g.Key,
                Count(g.Count()),
                Days(Measures.Mean(g.Select(d => d.Days).ToList())),
                Days(Measures.Mean(g.Select(d => d.Allowance).ToList())),
                Percent(Measures.PercentOf(g.Count(d => d.Days >= d.Allowance), g.Count()))))
            .ToList();
        return new Report(
            ReportKind.Entitlement,
            Title(ReportKind.Entitlement),
            EntitlementHeadline(days, settings),
            year,
            day,
            days.Count,
            new ReportChart("Staff by share of the allowance used", "staff", bands.Select(b => new ChartBar(b.Label, b.Count, Count(b.Count))).ToList(), Math.Max(1, bands.Max(b => b.Count))),
            [
                new ReportTable("Staff by share of the allowance used", ["Share of the allowance used", "Staff"], bands.Select(b => Row(b.Label, Count(b.Count))).ToList(), Numeric(1)),
                new ReportTable("By team", ["Team", "Staff", "Mean days used", "Mean allowance", "At or above the allowance"], byTeam, Numeric(1, 2, 3, 4)),
            ],
            [
                $"Counts completed CPD in the learning year whose method counts towards the entitlement (formal learning, such as courses, conferences, e-learning and study days; not supervision or reading), as working days of {Days(settings.WorkingDayHours)} hours.",
                settings.EntitlementProRata
                    ? $"Staff are counted if they are in post on the reference day shown. Each person's allowance is {Days(settings.EntitlementDays)} days pro rata to their full-time equivalent (from the HR import) and to the part of the learning year they are in post, to the nearest half day; the council can switch this off in its settings."
                    : $"Staff are counted if they are in post on the reference day shown; the council's settings say the allowance of {Days(settings.EntitlementDays)} days is not reduced for part-time staff or part years.",
            ]);
    }

    private sealed record PersonDays(string Team, decimal Days, decimal Allowance);

    /// <summary>The share of staff with an approved plan this year, by team, and who has none.</summary>
    public async Task<Report> PlansAsync(ReportFilter filter, CancellationToken ct = default)
    {
        var settings = await db.PortalSettingsAsync(ct);
        var (year, day) = ReportPopulation.Period(settings, filter, clock.UkToday());
        var people = await ReportPopulation.InPost(db, filter, day)
            .Select(s => new
            {
                Name = s.GivenName + " " + s.FamilyName,
                Team = s.Team!.Name,
                Supervisor = s.Supervisor == null ? null : s.Supervisor.GivenName + " " + s.Supervisor.FamilyName,
                Status = db.DevelopmentPlans.Where(p => p.StaffMemberId == s.Id && p.YearStart == year.Start).Select(p => (PlanStatus?)p.Status).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var approved = people.Count(p => p.Status == PlanStatus.Approved);
        var statuses = new (string Label, Func<PlanStatus?, bool> Is)[]
        {
            ("Approved", s => s == PlanStatus.Approved),
            ("Submitted for review", s => s == PlanStatus.Submitted),
            ("Changes requested", s => s == PlanStatus.ChangesRequested),
            ("Draft", s => s == PlanStatus.Draft),
            ("No plan", s => s is null),
        };
        var counts = statuses.Select(x => (x.Label, Count: people.Count(p => x.Is(p.Status)))).ToList();
        var byTeam = people
            .GroupBy(p => p.Team)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Row(g.Key, Count(g.Count()), Percent(Measures.PercentOf(g.Count(p => p.Status == PlanStatus.Approved), g.Count())), Count(g.Count(p => p.Status is null))))
            .ToList();
        var without = people
            .Where(p => p.Status != PlanStatus.Approved)
            .OrderBy(p => p.Team, StringComparer.Ordinal)
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => Row(p.Name, p.Team, p.Supervisor ?? "No supervisor", p.Status switch
            {
                null => "No plan",
                PlanStatus.Submitted => "Submitted for review",
                PlanStatus.ChangesRequested => "Changes requested",
                _ => "Draft",
            }))
            .ToList();
        return new Report(
            ReportKind.Plans,
            Title(ReportKind.Plans),
            PlansHeadline(approved, counts[^1].Count, people.Count),
            year,
            day,
            people.Count,
            new ReportChart("Staff by the state of their plan", "staff", counts.Select(c => new ChartBar(c.Label, c.Count, Count(c.Count))).ToList(), Math.Max(1, counts.Max(c => c.Count))),
            [
                new ReportTable("Staff by the state of their plan", ["Plan", "Staff"], counts.Select(c => Row(c.Label, Count(c.Count))).ToList(), Numeric(1)),
                new ReportTable("By team", ["Team", "Staff", "With an approved plan", "With no plan"], byTeam, Numeric(1, 2, 3)),
                new ReportTable("Staff without an approved plan", ["Name", "Team", "Supervisor", "Plan"], without, Numeric()),
            ],
            ["The source survey's baseline: 58% of staff had no development plan."]);
    }

    /// <summary>Who is on time for supervision by their role's policy, and the overdue by supervisor.</summary>
    public async Task<Report> SupervisionAsync(ReportFilter filter, CancellationToken ct = default)
    {
        var settings = await db.PortalSettingsAsync(ct);
        var (year, day) = ReportPopulation.Period(settings, filter, clock.UkToday());
        var people = await ReportPopulation.InPost(db, filter, day)
            .Where(s => s.SupervisorId != null)
            .Select(s => new
            {
                Name = s.GivenName + " " + s.FamilyName,
                s.StartDate,
                s.PathwayRoleId,
                Supervisor = s.Supervisor!.GivenName + " " + s.Supervisor.FamilyName,
                Last = db.SupervisionSessions.Where(x => x.SuperviseeId == s.Id && x.Date <= day).Max(x => (DateOnly?)x.Date),
            })
            .ToListAsync(ct);
        var policies = await db.SupervisionPolicies.AsNoTracking().ToDictionaryAsync(p => p.PathwayRoleId, p => p.Policy, ct);
        var rows = people
            .Select(p =>
            {
                var due = SupervisionSchedule.NextDue(SupervisionDue.PolicyFor(policies, p.PathwayRoleId), p.StartDate, p.Last);
                return (p.Name, p.Supervisor, p.Last, Due: due, Status: SupervisionSchedule.StatusOn(due, day));
            })
            .ToList();
        var overdue = rows.Where(r => r.Status == SupervisionDueStatus.Overdue).ToList();
        var statuses = new[] { SupervisionDueStatus.OnTime, SupervisionDueStatus.DueSoon, SupervisionDueStatus.Overdue }
            .Select(s => (Label: s switch { SupervisionDueStatus.Overdue => "Overdue", SupervisionDueStatus.DueSoon => "Due soon", _ => "On time" }, Count: rows.Count(r => r.Status == s)))
            .ToList();
        var bySupervisor = rows
            .GroupBy(r => r.Supervisor)
            .Select(g => (Name: g.Key, Count: g.Count(), Overdue: g.Count(r => r.Status == SupervisionDueStatus.Overdue)))
            .OrderByDescending(g => g.Overdue)
            .ThenBy(g => g.Name, StringComparer.Ordinal)
            .Select(g => Row(g.Name, Count(g.Count), Count(g.Overdue), Percent(Measures.PercentOf(g.Count - g.Overdue, g.Count))))
            .ToList();
        var overdueList = overdue
            .OrderBy(r => r.Due)
            .Select(r => Row(r.Name, r.Supervisor, r.Last is { } last ? Date(last) : "None recorded", Date(r.Due), Count(day.DayNumber - r.Due.DayNumber)))
            .ToList();
        return new Report(
            ReportKind.Supervision,
            Title(ReportKind.Supervision),
            SupervisionHeadline(overdue.Count, rows.Count, day),
            year,
            day,
            rows.Count,
            new ReportChart("Supervised staff by supervision status", "staff", statuses.Select(s => new ChartBar(s.Label, s.Count, Count(s.Count))).ToList(), Math.Max(1, statuses.Max(s => s.Count))),
            [
                new ReportTable("Supervised staff by supervision status", ["Status", "Staff"], statuses.Select(s => Row(s.Label, Count(s.Count))).ToList(), Numeric(1)),
                new ReportTable("By supervisor, most overdue first", ["Supervisor", "Supervisees", "Overdue", "Not overdue"], bySupervisor, Numeric(1, 2, 3)),
                new ReportTable("Overdue, longest first", ["Name", "Supervisor", "Last supervision", "Was due", "Days overdue"], overdueList, Numeric(4)),
            ],
            [
                "Due dates follow each role's supervision policy (the ASYE schedule for newly qualified social workers, monthly otherwise), one interval after the last recorded session.",
                "Staff with no supervisor are not counted here; the workforce summary on the administrator's home page counts them.",
            ]);
    }

    /// <summary>Registered social workers meeting Social Work England's rule this registration year, and who is at risk.</summary>
    public async Task<Report> RegistrationAsync(ReportFilter filter, CancellationToken ct = default)
    {
        var settings = await db.PortalSettingsAsync(ct);
        var (year, day) = ReportPopulation.Period(settings, filter, clock.UkToday());
        var rule = settings.RegistrationRule;
        var registrationYear = rule.Year.PeriodContaining(day);
        var people = await ReportPopulation.InPost(db, filter, day)
            .Where(s => s.RegistrationNumber != null)
            .Select(s => new
            {
                Name = s.GivenName + " " + s.FamilyName,
                Team = s.Team!.Name,
                Complete = db.CpdActivities.Count(a => a.StaffMemberId == s.Id && a.Status == ActivityStatus.Complete
                                                       && a.Date >= registrationYear.Start && a.Date <= registrationYear.End),
                WithReflection = db.CpdActivities.Count(a => a.StaffMemberId == s.Id && a.Status == ActivityStatus.Complete
                                                             && a.Date >= registrationYear.Start && a.Date <= registrationYear.End
                                                             && a.PeerReflection != null && a.PeerReflection != ""),
            })
            .ToListAsync(ct);
        var meeting = people.Count(p => RegistrationCompliance.Meets(rule, p.Complete, p.WithReflection));
        var atRisk = people
            .Where(p => !RegistrationCompliance.Meets(rule, p.Complete, p.WithReflection))
            .OrderBy(p => p.Complete)
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => Row(p.Name, p.Team, Count(p.Complete), p.WithReflection > 0 ? "Yes" : "No"))
            .ToList();
        var daysLeft = registrationYear.End.DayNumber - day.DayNumber;
        var byTeam = people
            .GroupBy(p => p.Team)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Row(g.Key, Count(g.Count()), Percent(Measures.PercentOf(g.Count(p => RegistrationCompliance.Meets(rule, p.Complete, p.WithReflection)), g.Count()))))
            .ToList();
        var split = new[] { ("Meeting the rule", meeting), ("Not yet meeting it", people.Count - meeting) };
        return new Report(
            ReportKind.Registration,
            Title(ReportKind.Registration),
            RegistrationHeadline(meeting, people.Count, registrationYear, day),
            year,
            day,
            people.Count,
            new ReportChart("Registered social workers by the rule", "people", split.Select(s => new ChartBar(s.Item1, s.Item2, Count(s.Item2))).ToList(), Math.Max(1, people.Count)),
            [
                new ReportTable("Registered social workers by the rule", ["Against the rule", "People"], split.Select(s => Row(s.Item1, Count(s.Item2))).ToList(), Numeric(1)),
                new ReportTable("By team", ["Team", "Registered", "Meeting the rule"], byTeam, Numeric(1, 2)),
                new ReportTable($"At risk: not yet meeting the rule, {Count(daysLeft)} days before the deadline", ["Name", "Team", "Completed entries", "Peer reflection"], atRisk, Numeric(2)),
            ],
            [$"The rule: at least {rule.MinimumEntries} completed pieces of CPD in the registration year{(rule.PeerReflectionRequired ? ", at least one with a peer reflection" : string.Empty)}. The registration year runs from {Date(registrationYear.Start)} to {Date(registrationYear.End)}."]);
    }

    /// <summary>How validated stages are distributed in each competence area (the latest validation per person and area).</summary>
    public async Task<Report> StagesAsync(ReportFilter filter, CancellationToken ct = default)
    {
        var settings = await db.PortalSettingsAsync(ct);
        var (year, day) = ReportPopulation.Period(settings, filter, clock.UkToday());
        var people = ReportPopulation.InPost(db, filter, day).Select(s => s.Id);
        var dayEnd = new DateTimeOffset(day.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero);
        // An area keeps its key across framework versions (ADR 0013): a person counts once per area key, at their
        // latest validation under any version, and the row is named as the newest published version names it.
        var latest =
            from a in db.StageAssessments
            where a.Kind == AssessmentKind.Validation && a.AssessedAt <= dayEnd && people.Contains(a.StaffMemberId)
            join area in db.CompetenceAreas on a.AreaId equals area.Id
            group a by new { a.StaffMemberId, area.Key } into g
            select g.Max(a => a.Id);
        var published = db.CompetenceAreas.Where(x => x.Framework!.PublishedOn != null);
        var counts = await (
                from a in db.StageAssessments
                where latest.Contains(a.Id)
                join area in db.CompetenceAreas on a.AreaId equals area.Id
                group a by new { area.Key, a.Stage } into g
                select new
                {
                    g.Key.Key,
                    g.Key.Stage,
                    Count = g.Count(),
                    Name = published.Where(x => x.Key == g.Key.Key).OrderByDescending(x => x.Framework!.Version).Select(x => x.Name).First(),
                    Framework = published.Where(x => x.Key == g.Key.Key).OrderByDescending(x => x.Framework!.Version).Select(x => x.Framework!.Name).First(),
                    Order = published.Where(x => x.Key == g.Key.Key).OrderByDescending(x => x.Framework!.Version).Select(x => x.Order).First(),
                })
            .ToListAsync(ct);
        var population = await people.CountAsync(ct);
        var areas = counts
            .Select(c => new { Id = c.Key, c.Name, c.Framework, c.Order })
            .Distinct()
            .ToList();
        var stages = DreyfusStages.All.Select(s => s.Stage).ToList();
        var rows = areas
            .OrderBy(a => a.Framework, StringComparer.Ordinal)
            .ThenBy(a => a.Order)
            .Select(a =>
            {
                var cells = stages.Select(s => counts.Where(c => c.Key == a.Id && c.Stage == s).Sum(c => c.Count)).ToList();
                return (IReadOnlyList<string>)[$"{a.Name} ({a.Framework})", .. cells.Select(Count), Count(cells.Sum())];
            })
            .ToList();
        var totals = stages.Select(s => (Stage: s, Count: counts.Where(c => c.Stage == s).Sum(c => c.Count))).ToList();
        var validatedPeople = await db.StageAssessments
            .Where(a => latest.Contains(a.Id))
            .Select(a => a.StaffMemberId)
            .Distinct()
            .CountAsync(ct);
        return new Report(
            ReportKind.Stages,
            Title(ReportKind.Stages),
            StagesHeadline(validatedPeople, population),
            year,
            day,
            population,
            new ReportChart("Validated stages across all areas", "validations", totals.Select(t => new ChartBar(DreyfusStages.Name(t.Stage), t.Count, Count(t.Count))).ToList(), Math.Max(1, totals.Max(t => t.Count))),
            [
                new ReportTable("Validated stages across all areas", ["Stage", "Validations"], totals.Select(t => Row(DreyfusStages.Name(t.Stage), Count(t.Count))).ToList(), Numeric(1)),
                new ReportTable("By competence area", ["Competence area", .. stages.Select(DreyfusStages.Name), "People validated"], rows, Numeric(1, 2, 3, 4, 5, 6)),
            ],
            ["Each person counts once per area, at the stage of their latest validation on or before the reference day. Self-assessments that no supervisor has validated are not counted."]);
    }

    /// <summary>Headcount, agency share, leavers and CPD days per person, quarter by quarter: association, never cause.</summary>
    public async Task<Report> WorkforceAsync(ReportFilter filter, CancellationToken ct = default)
    {
        var settings = await db.PortalSettingsAsync(ct);
        var (year, day) = ReportPopulation.Period(settings, filter, clock.UkToday());
        var staff = await WorkforceStaffAsync(filter, year, ct);
        // The year's entitlement hours per quarter, from the summaries of the staff matching the filter (docs/adr/0030).
        var hours = await ReportPopulation.Matching(db, filter)
            .SelectMany(s => db.LearningYearSummaries.Where(x => x.StaffMemberId == s.Id && x.YearStart == year.Start))
            .GroupBy(x => 1)
            .Select(g => new { Q1 = g.Sum(x => x.Quarter1Hours), Q2 = g.Sum(x => x.Quarter2Hours), Q3 = g.Sum(x => x.Quarter3Hours), Q4 = g.Sum(x => x.Quarter4Hours) })
            .FirstOrDefaultAsync(ct);
        decimal[] quarterHours = hours is null ? [0m, 0m, 0m, 0m] : [hours.Q1, hours.Q2, hours.Q3, hours.Q4];
        var quarters = Enumerable.Range(0, 4)
            .Select(q => (Index: q, Start: year.Start.AddMonths(3 * q), End: year.Start.AddMonths(3 * (q + 1)).AddDays(-1)))
            .Where(q => q.Start <= day)
            .Select(q =>
            {
                var end = q.End < day ? q.End : day;
                var inPost = staff.Where(s => Measures.InPostOn(s.StartDate, s.LeaveDate, end)).ToList();
                var agency = inPost.Count(s => s.EmploymentType == EmploymentType.Agency);
                var leavers = staff.Count(s => s.LeaveDate is { } leave && leave >= q.Start && leave <= end);
                var quarterDays = Entitlement.ToDays(quarterHours[q.Index], settings.WorkingDayHours);
                var perPerson = inPost.Count == 0 ? 0 : Math.Round(quarterDays / inPost.Count, 2, MidpointRounding.AwayFromZero);
                return (Label: $"{q.Start.ToString("MMM yyyy", Uk)} to {end.ToString("MMM yyyy", Uk)}", Headcount: inPost.Count, Agency: agency, Leavers: leavers, PerPerson: perPerson);
            })
            .ToList();
        var last = quarters[^1];
        var (byTeam, byRole) = await WorkforceGroupsAsync(filter, settings, year, day, ct);
        return new Report(
            ReportKind.Workforce,
            Title(ReportKind.Workforce),
            WorkforceHeadline(staff, year, day),
            year,
            day,
            last.Headcount,
            new ReportChart("CPD days per person in post, by quarter", "days", quarters.Select(q => new ChartBar(q.Label, q.PerPerson, q.PerPerson.ToString("0.00", Uk))).ToList(), Math.Max(0.1m, quarters.Max(q => q.PerPerson))),
            [
                new ReportTable(
                    "By quarter of the learning year",
                    ["Quarter", "Headcount at the end", "Agency", "Agency share", "Leavers", "CPD days per person"],
                    quarters.Select(q => Row(q.Label, Count(q.Headcount), Count(q.Agency), Percent(Measures.PercentOf(q.Agency, q.Headcount)), Count(q.Leavers), q.PerPerson.ToString("0.00", Uk))).ToList(),
                    Numeric(1, 2, 3, 4, 5)),
                new ReportTable("By team, staff in post on the reference day", ["Team", .. WorkforceGroupColumns], byTeam, Numeric(1, 2, 3, 4, 5)),
                new ReportTable("By pathway role, staff in post on the reference day", ["Pathway role", .. WorkforceGroupColumns], byRole, Numeric(1, 2, 3, 4, 5)),
            ],
            [
                "These figures sit side by side to show association only: they do not show that one causes the other.",
                "CPD days count completed CPD whose method counts towards the entitlement, in the quarter, shared over the staff in post at its end (or today, for the current quarter).",
                "In the tables by team and by role, CPD days per person count the whole learning year so far. Absence days per person are the days absent in the last 12 months as the HR import last reported them, averaged over the staff it reported them for; staff with none reported are left out of that average, not counted as 0.",
            ]);
    }

    private static readonly string[] WorkforceGroupColumns =
        ["Staff in post", "Agency share", "CPD days per person", "Absence reported for", "Absence days per person"];

    /// <summary>
    /// Agency share, CPD days and absence side by side, by team and by pathway role, for the staff in post on the
    /// reference day: one query (a row per person with their year's hours as a correlated sum), grouped in memory.
    /// </summary>
    private async Task<(List<IReadOnlyList<string>> ByTeam, List<IReadOnlyList<string>> ByRole)> WorkforceGroupsAsync(
        ReportFilter filter, PortalSettings settings, DatePeriod year, DateOnly day, CancellationToken ct)
    {
        var people = await ReportPopulation.InPost(db, filter, day)
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
        var rows = people.Select(p => new WorkforcePerson(p.Team, p.Role ?? "No pathway role", p.Agency, p.AbsenceDays, Entitlement.ToDays(p.Hours, settings.WorkingDayHours))).ToList();

        List<IReadOnlyList<string>> Grouped(Func<WorkforcePerson, string> key) => rows
            .GroupBy(key)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var absences = g.Where(p => p.AbsenceDays is not null).Select(p => p.AbsenceDays!.Value).ToList();
                return (IReadOnlyList<string>)Row(
                    g.Key,
                    Count(g.Count()),
                    Percent(Measures.PercentOf(g.Count(p => p.Agency), g.Count())),
                    Days(Measures.Mean(g.Select(p => p.CpdDays).ToList())),
                    Count(absences.Count),
                    absences.Count == 0 ? "Not reported" : Days(Measures.Mean(absences)));
            })
            .ToList();
        return (Grouped(p => p.Team), Grouped(p => p.Role));
    }

    private sealed record WorkforcePerson(string Team, string Role, bool Agency, decimal? AbsenceDays, decimal CpdDays);

    /// <summary>Who the workforce report looks at: staff matching the filter in post at some point of the learning year.</summary>
    private Task<List<WorkforceStaff>> WorkforceStaffAsync(ReportFilter filter, DatePeriod year, CancellationToken ct) =>
        ReportPopulation.Matching(db, filter)
            .InPostDuring(year.Start, year.End)
            .Select(s => new WorkforceStaff(s.StartDate, s.LeaveDate, s.EmploymentType))
            .ToListAsync(ct);

    private sealed record WorkforceStaff(DateOnly StartDate, DateOnly? LeaveDate, EmploymentType EmploymentType);

    private static string[] Row(params string[] cells) => cells;

    private static HashSet<int> Numeric(params int[] columns) => [.. columns];

    private static string Count(int n) => n.ToString("N0", Uk);

    private static string Percent(int n) => n.ToString(Uk) + "%";

    private static string Days(decimal days) => days.ToString("0.#", Uk);

    private static string Date(DateOnly d) => d.ToString("d MMMM yyyy", Uk);
}
