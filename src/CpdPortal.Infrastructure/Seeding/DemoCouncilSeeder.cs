using Bogus;
using CpdPortal.Application.Auditing;
using CpdPortal.Application.Common;
using CpdPortal.Application.Notifications;
using CpdPortal.Domain.Competence;
using CpdPortal.Domain.Pathways;
using CpdPortal.Domain.Supervision;
using CpdPortal.Domain.Training;
using CpdPortal.Domain.Workforce;
using CpdPortal.Infrastructure.Email;
using CpdPortal.Infrastructure.Identity;
using CpdPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CpdPortal.Infrastructure.Seeding;

/// <summary>
/// The demo council of CONTRACT.md: teams, the named demo accounts and a synthetic workforce of any size.
/// Deterministic for a given seed and clock. Later features add their own records here so every page shows
/// real data.
/// </summary>
public sealed class DemoCouncilSeeder(
    CpdPortalDbContext db,
    UserManager<ApplicationUser> users,
    TimeProvider clock,
    ILogger<DemoCouncilSeeder> logger,
    IOptions<EmailOptions> email,
    IOptions<EmailSendingOptions> sending)
{
    public const string LeadershipTeam = "Quality, Learning and Leadership";

    /// <summary>The named demo accounts (email local parts): their records stay as the tests and guides describe them.</summary>
    private static readonly string[] WithAccounts = ["sam.patel", "jo.okafor", "alex.morgan", "chris.lee", "lee.harris"];

    /// <summary>The seven teams of the Southampton source, plus the central team the L&amp;D lead sits in.</summary>
    public static readonly IReadOnlyList<(string Name, string Description)> Teams =
    [
        ("Multi-Agency Safeguarding Hub (MASH)", "The front door: contacts, referrals and strategy discussions."),
        ("Early Help 5–19", "Family support and early help for children and young people aged 5 to 19."),
        ("Protection and Court Team", "Child protection plans and care proceedings."),
        ("Youth Justice Service", "Work with young people in or at risk of the youth justice system."),
        ("Children in Care", "Social work for looked-after children and care leavers."),
        ("Adoption", "Adoption assessment, matching and support."),
        ("Fostering", "Recruitment, assessment and supervision of foster carers."),
        (LeadershipTeam, "Service managers, the principal social worker and the Learning Academy."),
    ];

    public async Task SeedAsync(SeedOptions options, CancellationToken ct = default)
    {
        if (await db.Teams.AnyAsync(ct))
        {
            return; // idempotent: the demo council is only seeded once
        }

        var today = clock.UkToday();
        var teams = Teams.Select(t => new Team(t.Name, t.Description)).ToList();
        db.Teams.AddRange(teams);
        await db.SaveChangesAsync(ct);
        var team = teams.ToDictionary(t => t.Name);

        var roles = await db.PathwayRoles.ToDictionaryAsync(r => r.Title, ct);
        var people = new WorkforceBuilder(team, roles, today, options.RandomSeed);

        // Leadership above the team managers.
        var serviceSafeguarding = people.Named("Morgan", "Ellis", "Service manager, safeguarding", LeadershipTeam, "Service manager", registered: true, years: 12);
        var serviceEarlyHelp = people.Named("Ruth", "Adeyemi", "Service manager, early help", LeadershipTeam, "Service manager", registered: true, years: 10);
        var principal = people.Named("Hannah", "Brooks", "Principal social worker", LeadershipTeam, "Principal social worker", registered: true, years: 15);

        // The named demo accounts (CONTRACT.md).
        var alex = people.Named("Alex", "Morgan", "Team manager", "Protection and Court Team", "Team manager", registered: true, years: 9, email: "alex.morgan");
        var chris = people.Named("Chris", "Lee", "Team manager", "Early Help 5–19", "Team manager", registered: true, years: 7, email: "chris.lee");
        var sam = people.Named("Sam", "Patel", "Newly qualified social worker (ASYE)", "Protection and Court Team", "Newly qualified social worker (ASYE)", registered: true, years: 0, email: "sam.patel");
        var jo = people.Named("Jo", "Okafor", "Family support worker", "Early Help 5–19", "Family support worker", registered: false, years: 3, email: "jo.okafor");
        var lee = people.Named("Lee", "Harris", "Learning and development lead", LeadershipTeam, "Senior practitioner", registered: true, years: 11, email: "lee.harris");

        var managers = new Dictionary<string, StaffMember>
        {
            ["Protection and Court Team"] = alex,
            ["Early Help 5–19"] = chris,
        };
        foreach (var (name, _) in Teams.Where(t => t.Name != LeadershipTeam && !managers.ContainsKey(t.Name)))
        {
            managers[name] = people.Synthetic(name, "Team manager");
        }

        people.AddSyntheticWorkforce(options.SyntheticStaff);
        DemoWorkingPatterns.Apply(people.All, WithAccounts, options.RandomSeed + 25);

        db.StaffMembers.AddRange(people.All);
        await db.SaveChangesAsync(ct);

        // Supervision lines (after save, so every id is known to the cycle rule).
        var lines = people.All.ToDictionary(p => p.Id, p => (int?)null);
        void Supervise(StaffMember supervisee, StaffMember supervisor)
        {
            supervisee.AssignSupervisor(supervisor, id => lines.GetValueOrDefault(id));
            lines[supervisee.Id] = supervisor.Id;

            // The line's history (the administrator's staff page) starts when both of them were in post.
            var from = supervisee.StartDate > supervisor.StartDate ? supervisee.StartDate : supervisor.StartDate;
            var line = new SupervisorLine(supervisee.Id, supervisor.Id, new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), AuditActor.SystemEmail);
            if (supervisee.LeaveDate is { } left)
            {
                line.End(new DateTimeOffset(left.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
            }

            db.SupervisorLines.Add(line);
        }

        Supervise(serviceSafeguarding, principal);
        Supervise(serviceEarlyHelp, principal);
        Supervise(lee, principal);
        foreach (var (teamName, manager) in managers)
        {
            Supervise(manager, teamName is "Early Help 5–19" or "Youth Justice Service" ? serviceEarlyHelp : serviceSafeguarding);
        }

        foreach (var person in people.All.Where(p => p.SupervisorId is null && p != principal && !managers.ContainsValue(p)
                                                     && p != serviceSafeguarding && p != serviceEarlyHelp && p != lee))
        {
            var teamName = teams.Single(t => t.Id == person.TeamId).Name;
            Supervise(person, managers.TryGetValue(teamName, out var manager) ? manager : principal);
        }

        await db.SaveChangesAsync(ct);

        await CreateAccountAsync(sam, [PortalRoles.Practitioner]);
        await CreateAccountAsync(jo, [PortalRoles.Practitioner]);
        await CreateAccountAsync(alex, [PortalRoles.Practitioner, PortalRoles.Supervisor]);
        await CreateAccountAsync(chris, [PortalRoles.Practitioner, PortalRoles.Supervisor]);
        await CreateAccountAsync(lee, [PortalRoles.Practitioner, PortalRoles.LearningAndDevelopment]);
        await CreateAdministratorAsync("ade.admin", "Ade Admin");

        await SeedLearningAsync(options, people.All, sam, jo, today, ct);
        await new DemoEvaluation(db, new Faker("en_GB") { Random = new Randomizer(options.RandomSeed + 3) }, today)
            .SeedAsync(people.All.Where(p => p.LeaveDate is null && !WithAccounts.Any(a => p.Email.StartsWith(a + "@", StringComparison.Ordinal))).ToList(), alex.Id, ct);
        await SeedSurveyAsync(options, people.All, today, ct);
        await DemoOutbox.SeedAsync(db, people.All.Where(p => !WithAccounts.Any(a => p.Email.StartsWith(a + "@", StringComparison.Ordinal))).ToList(), clock.GetUtcNow(), sending.Value.PortalUrl, email.Value.ServiceName, ct);
        await new DemoReflectionQuality(db, users).SeedAsync(people.All.Where(p => p.LeaveDate is null && !WithAccounts.Any(a => p.Email.StartsWith(a + "@", StringComparison.Ordinal))).ToList(), today, clock.GetUtcNow(), options.RandomSeed + 16, ct);

        logger.LogInformation("Seeded the demo council: {Teams} teams, {Staff} staff", teams.Count, people.All.Count);
    }

    /// <summary>The course catalogue and two years of CPD history, self-assessments and plans.</summary>
    private async Task SeedLearningAsync(SeedOptions options, List<StaffMember> staff, StaffMember sam, StaffMember jo, DateOnly today, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var frameworks = await db.CompetenceFrameworks.Include(f => f.Areas).ToListAsync(ct);
        var methods = await db.CpdMethods.ToDictionaryAsync(m => m.Name, ct);
        var settings = await db.Settings.SingleAsync(ct);
        var yearStart = settings.LearningYear.PeriodContaining(today).Start;
        var pcf = frameworks.Single(f => f.Code == ReferenceData.PcfCode);
        var core = frameworks.Single(f => f.Code == ReferenceData.CommonCoreCode);

        var tagIds = await db.PracticeTags.ToDictionaryAsync(t => t.Name, t => t.Id, ct);
        var roleIds = await db.PathwayRoles.ToDictionaryAsync(r => r.Title, r => r.Id, ct);
        var courses = CourseCatalogue.Create(frameworks, tagIds, roleIds).ToList();
        db.Courses.AddRange(courses);
        var bookers = staff.Where(p => p.LeaveDate is null && !WithAccounts.Any(a => p.Email.StartsWith(a + "@", StringComparison.Ordinal))).ToList();
        db.CourseSessions.AddRange(DemoSessions.Create(courses, bookers, today, now));

        var faker = new Faker("en_GB") { Random = new Randomizer(options.RandomSeed + 1) };
        var history = new DemoHistory(faker, today, now, methods, frameworks);
        db.CpdActivities.AddRange(history.ForSam(sam, pcf));
        db.CpdActivities.AddRange(history.ForJo(jo, core));
        db.StageAssessments.AddRange(history.SelfAssessments(sam, pcf.Areas.Take(6), DreyfusStage.AdvancedBeginner));
        db.StageAssessments.AddRange(history.SelfAssessments(jo, core.Areas, DreyfusStage.Competent));
        db.DevelopmentPlans.Add(history.Plan(sam, yearStart, pcf.Areas.Single(a => a.Name == "Critical reflection and analysis"), DreyfusStage.Competent, submit: false));
        db.DevelopmentPlans.Add(history.Plan(jo, yearStart, core.Areas.Single(a => a.Name == "Multi-agency and integrated working"), DreyfusStage.Competent, submit: true));

        var asyePolicy = await db.SupervisionPolicies.Where(p => p.FollowsAsyeSchedule).Select(p => p.PathwayRoleId).ToListAsync(ct);
        SupervisionPolicy PolicyFor(StaffMember p) => p.PathwayRoleId is { } r && asyePolicy.Contains(r) ? SupervisionPolicy.Asye : SupervisionPolicy.MonthlyPolicy;

        // Sam is due soon (last session 10 days ago on the fortnightly ASYE rhythm); Jo is overdue (40 days ago).
        db.SupervisionSessions.AddRange(history.Sessions(sam, sam.SupervisorId!.Value, PolicyFor(sam), lateness: 0, lastDaysAgo: 10));
        db.SupervisionSessions.AddRange(history.Sessions(jo, jo.SupervisorId!.Value, PolicyFor(jo), lateness: 0, lastDaysAgo: 40));

        foreach (var person in staff.Where(p => p != sam && p != jo))
        {
            if (person.LeaveDate is null && person.SupervisorId is { } supervisorId && faker.Random.Bool(0.9f))
            {
                db.SupervisionSessions.AddRange(history.Sessions(person, supervisorId, PolicyFor(person), lateness: faker.Random.Bool(0.25f) ? faker.Random.Int(5, 20) : 0));
            }

            var areas = history.AreasFor(person);
            db.CpdActivities.AddRange(history.Synthetic(person, areas));
            if (person.LeaveDate is not null)
            {
                continue;
            }

            if (faker.Random.Bool(0.6f))
            {
                var around = person.PathwayRole?.Step switch
                {
                    <= 2 => DreyfusStage.Competent,
                    3 => DreyfusStage.AdvancedBeginner,
                    4 => DreyfusStage.Competent,
                    _ => DreyfusStage.Proficient,
                };
                db.StageAssessments.AddRange(history.SelfAssessments(person, areas.Where(_ => faker.Random.Bool(0.7f)), around));
            }

            // About 42% with an approved plan, as against the source survey's 58% with none.
            var roll = faker.Random.Double();
            if (person.SupervisorId is { } supervisor && areas.Count > 0 && roll < 0.52)
            {
                var plan = history.Plan(person, yearStart, areas[faker.Random.Int(0, areas.Count - 1)], DreyfusStage.Proficient, submit: true);
                if (roll < 0.42)
                {
                    plan.Approve(supervisor, null, now.AddDays(-1));
                }

                db.DevelopmentPlans.Add(plan);
            }
        }

        await db.SaveChangesAsync(ct);
        await SeedRoleCoursesAsync(courses, ct);
        await DemoCertifications.SeedAsync(db, courses, staff, sam, jo, today, now, options.RandomSeed + 7, ct);
    }

    /// <summary>Courses some roles require or recommend for stepping up, so the pathway pages show them.</summary>
    private async Task SeedRoleCoursesAsync(List<Course> courses, CancellationToken ct)
    {
        (string Role, string Course, bool Required)[] links =
        [
            ("Social work apprentice", "Degree apprenticeship: study skills and reflective writing", true),
            ("Social work apprentice", "Child development from birth to 19", false),
            ("Senior practitioner", "Analysis and decision-making in assessments", true),
            ("Senior practitioner", "Court skills for social workers", false),
            ("Team manager", "Leading teams in children's services", true),
            ("Team manager", "Reflective supervision for managers", false),
        ];
        var roles = await db.PathwayRoles.Include(r => r.Courses).ToDictionaryAsync(r => r.Title, ct);
        var ids = courses.ToDictionary(c => c.Title, c => c.Id);
        foreach (var (role, course, required) in links)
        {
            roles[role].AddCourse(ids[course], required);
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>Last year's training-needs survey round, closed, with answers in the source survey's shape.</summary>
    private async Task SeedSurveyAsync(SeedOptions options, List<StaffMember> staff, DateOnly today, CancellationToken ct)
    {
        var survey = new DemoSurvey(new Faker("en_GB") { Random = new Randomizer(options.RandomSeed + 2) }, today);
        var round = survey.Round();
        db.SurveyRounds.Add(round);
        await db.SaveChangesAsync(ct);
        var methods = await db.CpdMethods.Where(m => m.IsActive).OrderBy(m => m.Order).ToListAsync(ct);
        db.SurveyResponses.AddRange(survey.Responses(round, staff, methods));
        await db.SaveChangesAsync(ct);
    }

    private async Task CreateAccountAsync(StaffMember staff, string[] roles)
    {
        var user = new ApplicationUser
        {
            UserName = staff.Email,
            Email = staff.Email,
            EmailConfirmed = true,
            DisplayName = staff.FullName,
            StaffMemberId = staff.Id,
        };
        await CreateAsync(user, roles);
    }

    private async Task CreateAdministratorAsync(string localPart, string displayName)
    {
        var email = $"{localPart}@{SeedOptions.DemoEmailDomain}";
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
        await CreateAsync(user, [PortalRoles.Administrator]);
    }

    private async Task CreateAsync(ApplicationUser user, string[] roles)
    {
        var created = await users.CreateAsync(user, SeedOptions.DemoPassword);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException("Could not create demo account: " + string.Join("; ", created.Errors.Select(e => e.Code)));
        }

        var added = await users.AddToRolesAsync(user, roles);
        if (!added.Succeeded)
        {
            throw new InvalidOperationException("Could not add demo roles: " + string.Join("; ", added.Errors.Select(e => e.Code)));
        }
    }

    /// <summary>Makes staff members; synthetic ones come from Bogus with a fixed seed.</summary>
    private sealed class WorkforceBuilder(Dictionary<string, Team> teams, Dictionary<string, PathwayRole> roles, DateOnly today, int seed)
    {
        private readonly Faker _faker = new("en_GB") { Random = new Randomizer(seed) };
        private readonly HashSet<string> _emails = new(StringComparer.OrdinalIgnoreCase);
        private int _staffNumber = 10000;
        private int _registration = 700000;

        public List<StaffMember> All { get; } = [];

        public StaffMember Named(string given, string family, string jobTitle, string team, string pathwayRole, bool registered, int years, string? email = null)
        {
            var start = years == 0 ? today.AddMonths(-3) : today.AddYears(-years).AddDays(-_faker.Random.Int(0, 200));
            return Add(given, family, jobTitle, team, pathwayRole, registered, EmploymentType.Permanent, start, email);
        }

        public StaffMember Synthetic(string team, string role, EmploymentType employment = EmploymentType.Permanent)
        {
            var registered = roles.TryGetValue(role, out var r) && r.RequiresRegistration;
            var start = role switch
            {
                "Newly qualified social worker (ASYE)" => today.AddDays(-_faker.Random.Int(20, 330)),
                "Social work apprentice" => today.AddDays(-_faker.Random.Int(60, 1000)),
                _ => today.AddDays(-_faker.Random.Int(200, 5000)),
            };
            return Add(_faker.Name.FirstName(), _faker.Name.LastName(), role, team, role, registered, employment, start, null);
        }

        public void AddSyntheticWorkforce(int count)
        {
            var frontLine = Teams.Select(t => t.Name).Where(n => n != LeadershipTeam).ToList();
            for (var i = 0; i < count; i++)
            {
                var team = frontLine[i % frontLine.Count];
                var role = PickRole(team);
                var registered = roles.TryGetValue(role, out var r) && r.RequiresRegistration;
                var employment = registered && _faker.Random.Bool(0.15f) ? EmploymentType.Agency : EmploymentType.Permanent;
                var person = Synthetic(team, role, employment);
                if (_faker.Random.Bool(0.1f))
                {
                    var leave = today.AddDays(-_faker.Random.Int(1, 720));
                    person.MarkAsLeaver(leave < person.StartDate ? person.StartDate : leave);
                }
            }
        }

        private string PickRole(string team)
        {
            var roll = _faker.Random.Double();
            return team switch
            {
                "Early Help 5–19" => roll switch
                {
                    < 0.65 => "Family support worker",
                    < 0.8 => "Social work apprentice",
                    _ => "Social worker",
                },
                "Youth Justice Service" => roll switch
                {
                    < 0.4 => "Youth justice officer",
                    < 0.85 => "Social worker",
                    _ => "Senior practitioner",
                },
                "Children in Care" => roll switch
                {
                    < 0.2 => "Personal adviser",
                    < 0.3 => "Newly qualified social worker (ASYE)",
                    < 0.85 => "Social worker",
                    _ => "Senior practitioner",
                },
                _ => roll switch
                {
                    < 0.1 => "Social work assistant",
                    < 0.25 => "Newly qualified social worker (ASYE)",
                    < 0.8 => "Social worker",
                    < 0.95 => "Senior practitioner",
                    _ => "Advanced practitioner",
                },
            };
        }

        private StaffMember Add(string given, string family, string jobTitle, string team, string pathwayRole, bool registered, EmploymentType employment, DateOnly start, string? email)
        {
            var local = email ?? UniqueLocalPart(given, family);
            _emails.Add(local);
            var person = new StaffMember(
                $"S{_staffNumber++}",
                given,
                family,
                $"{local}@{SeedOptions.DemoEmailDomain}",
                jobTitle,
                teams[team],
                employment,
                start);
            if (registered)
            {
                person.Register($"SW{_registration++}");
            }

            if (roles.TryGetValue(pathwayRole, out var role))
            {
                person.PlaceOnPathway(role);
            }

            All.Add(person);
            return person;
        }

        private string UniqueLocalPart(string given, string family)
        {
            var stem = new string($"{given}.{family}".ToLowerInvariant().Where(c => char.IsAsciiLetterLower(c) || c == '.').ToArray());
            var local = stem;
            for (var n = 2; _emails.Contains(local); n++)
            {
                local = $"{stem}{n}";
            }

            return local;
        }
    }
}
