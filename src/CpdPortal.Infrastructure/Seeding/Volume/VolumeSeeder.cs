using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Bogus;
using CpdPortal.Application.Auditing;
using CpdPortal.Application.Training;
using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Auditing;
using CpdPortal.Domain.Competence;
using CpdPortal.Domain.Planning;
using CpdPortal.Domain.Supervision;
using CpdPortal.Domain.Survey;
using CpdPortal.Domain.Training;
using CpdPortal.Domain.Workforce;
using CpdPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace CpdPortal.Infrastructure.Seeding.Volume;

/// <summary>What to generate: current headcount, years of history and the random seed.</summary>
public sealed record VolumeRequest(int Staff, int Years, int Seed);

/// <summary>What was generated.</summary>
public sealed record VolumeResult(int People, int Teams, long Rows, TimeSpan Elapsed, TimeSpan BulkElapsed)
{
    /// <summary>The bulk phase's rate (after the migrations and the demo council).</summary>
    public double RowsPerSecond => Rows / Math.Max(BulkElapsed.TotalSeconds, 0.001);
}

/// <summary>
/// <c>seed-volume</c>: a realistic organisation and its history in an empty database, for performance work
/// (docs/performance.md). The demo council is seeded first by the demo seeder (the six demo accounts and their
/// hand-written histories stay as the guides describe them); then teams of 6–12 posts under a team manager, senior
/// managers above them in groups of at most eight (so no one has more than 12 current supervisees), leavers and
/// joiners each year (agency staff more often), and per person per year about 20 CPD entries, monthly supervision
/// (fortnightly in the ASYE year) with actions, self-assessments and validations, a plan with goals and its
/// transitions, bookings with attendance, feedback and follow-ups, a survey round, and the audit rows the portal
/// writes for those records. Rows go in through <see cref="BulkLoader"/>; everything follows from the seed and the date.
/// </summary>
[SuppressMessage("Security", "CA5394:Do not use insecure randomness", Justification = "Invented test data, deterministic from a seed.")]
[SuppressMessage("Security", "CA2100:Review SQL queries for security vulnerabilities", Justification = "Table names are constants.")]
public sealed class VolumeSeeder(
    CpdPortalDbContext db,
    DatabaseInitializer initializer,
    DemoCouncilSeeder demo,
    AuditSuppression auditSuppression,
    IAuditLog audit,
    TimeProvider clock)
{
    public const int MinimumStaff = 30;

    private static readonly decimal[] Durations = [1m, 1.5m, 2m, 3m, 3.5m, 7.4m];

    private static readonly string[] TeamKinds =
    [
        "Assessment", "Child protection", "Children in care", "Care leavers", "Disabled children", "Fostering", "Adoption",
        "Youth justice", "Early help", "Front door (MASH)",
    ];

    private static readonly string[] SeniorTitles = ["Service manager", "Head of service", "Assistant director", "Director of children's services"];

    /// <summary>How many synthetic staff the demo seeder adds beside the named accounts (its teams stay within the caps).</summary>
    public static int DemoSyntheticStaff(int staff) => Math.Clamp(staff / 4, 7, 56);

    /// <summary>True when the database does not exist yet or has neither teams, staff nor accounts.</summary>
    public async Task<bool> IsEmptyAsync(CancellationToken ct)
    {
        if (!await db.GetService<IRelationalDatabaseCreator>().ExistsAsync(ct) || !(await db.Database.GetAppliedMigrationsAsync(ct)).Any())
        {
            return true;
        }

        return !await db.Teams.AnyAsync(ct) && !await db.StaffMembers.AnyAsync(ct) && !await db.Users.AnyAsync(ct);
    }

    public async Task<VolumeResult> SeedAsync(VolumeRequest request, TextWriter progress, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(progress);
        var watch = Stopwatch.StartNew();
        await progress.WriteLineAsync("Migrating and seeding the demo council...");
        await initializer.InitialiseAsync(ct);
        if (!await db.Teams.AnyAsync(ct))
        {
            // As the start-up step seeds it (DatabaseInitializer), with teams small enough for the supervision caps.
            using (auditSuppression.Suppress())
            {
                await demo.SeedAsync(new SeedOptions { SyntheticStaff = DemoSyntheticStaff(request.Staff), RandomSeed = request.Seed }, ct);
            }

            await audit.RecordAsync(AuditActions.DemoCouncilSeeded, ct: ct);
        }

        var run = new Run(db, clock, request, progress, ct);
        await run.LoadReferenceAsync();
        run.BuildOrganisation();
        await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Organisation: {run.People.Count} people in {run.Teams.Count} teams ({run.CurrentHeadcount} in post today). Writing {request.Years} years of history..."));
        var bulk = Stopwatch.StartNew();
        await using var loader = BulkLoader.For(db);
        await loader.StartAsync(ct);
        await run.WriteAsync(loader, bulk);
        await loader.FinishAsync(ct);
        watch.Stop();
        var result = new VolumeResult(run.People.Count, run.Teams.Count, loader.RowsWritten, watch.Elapsed, bulk.Elapsed);
        await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Done: {result.Rows:N0} rows in {result.BulkElapsed.TotalSeconds:F0} s ({result.RowsPerSecond:N0} rows/s); {result.Elapsed.TotalSeconds:F0} s in all with the migrations and the demo council."));
        return result;
    }

    private sealed class Person
    {
        public int Id { get; init; }

        public required string GivenName { get; init; }

        public required string FamilyName { get; init; }

        public required string Email { get; init; }

        public required string JobTitle { get; set; }

        public int TeamId { get; init; }

        public int? RoleId { get; set; }

        public int Step { get; set; }

        public bool Registered { get; init; }

        public EmploymentType Employment { get; init; }

        public DateOnly Start { get; init; }

        public DateOnly? Leave { get; set; }

        public int? SupervisorId { get; set; }

        public DateOnly? AsyeUntil { get; init; }

        public bool IsCurrent(DateOnly day) => Start <= day && (Leave is null || Leave > day);
    }

    private sealed record TeamRow(int Id, string Name, string Description);

    private sealed record CourseRow(int Id, string Title, CourseDelivery Delivery, decimal Hours, bool Certificated);

    private sealed class Run(CpdPortalDbContext db, TimeProvider clock, VolumeRequest request, TextWriter progress, CancellationToken ct)
    {
        private readonly Random _random = new(request.Seed);
        private readonly Random _certificationRandom = new(request.Seed + 11);
        private readonly Faker _faker = new("en_GB") { Random = new Randomizer(request.Seed) };
        private readonly DateOnly _today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        private readonly Dictionary<string, int> _next = [];
        private readonly Dictionary<(int Course, int Month, int Slot), (int Id, DateOnly Day, int Booked)> _courseSlots = [];
        private Dictionary<string, (int Id, int Step, bool Registered)> _roles = [];
        private List<CompetenceArea> _registeredAreas = [];
        private List<CompetenceArea> _otherAreas = [];
        private List<CourseRow> _courses = [];
        private List<int> _methodIds = [];
        private int _workshopMethod;
        private int _elearningMethod;
        private int _asyeRole;
        private Domain.Settings.LearningYearPolicy _learningYear = new(4, 1);
        private Dictionary<int, List<(int Id, Domain.Certifications.CertificationRule Rule)>> _requiredByRole = [];

        public List<Person> People { get; } = [];

        public List<TeamRow> Teams { get; } = [];

        public int CurrentHeadcount => People.Count(p => p.IsCurrent(_today));

        private DateOnly WindowStart => _today.AddYears(-request.Years);

        public async Task LoadReferenceAsync()
        {
            _roles = await db.PathwayRoles.ToDictionaryAsync(r => r.Title, r => (r.Id, r.Step, r.RequiresRegistration), ct);
            _asyeRole = _roles[ReferenceData.AsyeRoleTitle].Id;
            var frameworks = await db.CompetenceFrameworks.Include(f => f.Areas).ToListAsync(ct);
            _registeredAreas = frameworks.Where(f => f.AppliesTo(true)).SelectMany(f => f.Areas).ToList();
            _otherAreas = frameworks.Where(f => f.AppliesTo(false)).SelectMany(f => f.Areas).ToList();
            _courses = await db.Courses.Where(c => c.RetiredOn == null)
                .Select(c => new CourseRow(c.Id, c.Title, c.Delivery, c.Hours, c.Certificated)).ToListAsync(ct);
            var methods = await db.CpdMethods.Where(m => m.IsActive).OrderBy(m => m.Order).ToListAsync(ct);
            _methodIds = methods.Select(m => m.Id).ToList();
            _workshopMethod = methods.Single(m => m.Name == SessionService.WorkshopMethod).Id;
            _elearningMethod = methods.Single(m => m.Name == SessionService.ELearningMethod).Id;
            _learningYear = (await db.Settings.SingleAsync(ct)).LearningYear;

            // The demo council's certifications (conferred by its catalogue courses) and the roles that require them.
            var certifications = (await db.Certifications.AsNoTracking().ToListAsync(ct)).ToDictionary(c => c.Id, c => c.Rule);
            _requiredByRole = (await db.PathwayRoles.AsNoTracking().Include(r => r.Certifications).ToListAsync(ct))
                .ToDictionary(r => r.Id, r => r.Certifications.Where(c => certifications.ContainsKey(c.CertificationId)).Select(c => (c.CertificationId, certifications[c.CertificationId])).ToList());

            foreach (var table in new[]
                     {
                         "Teams", "StaffMembers", "SupervisorLines", "CpdActivities", "SupervisionSessions", "SupervisionActions",
                         "StageAssessments", "DevelopmentPlans", "PlanGoals", "PlanTransitions", "CourseSessions", "Bookings",
                         "CourseFeedback", "PracticeFollowUps", "SurveyRounds", "SurveyResponses", "SurveyRatings", "SurveyWishes",
                         "SurveyBarriers", "AuditEntries", "CertificationAwards",
                     })
            {
                _next[table] = await MaxIdAsync(table) + 1;
            }
        }

        private int NextId(string table) => _next[table]++;

        private async Task<int> MaxIdAsync(string table)
        {
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT MAX(\"Id\") FROM \"{table}\"";
                var value = await command.ExecuteScalarAsync(ct);
                return value is null or DBNull ? 0 : Convert.ToInt32(value, CultureInfo.InvariantCulture);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }

        /// <summary>Teams of 6–12 posts, each post filled by a chain of people over the years, until today's headcount is reached.</summary>
        public void BuildOrganisation()
        {
            var target = Math.Max(0, request.Staff - CountDemoStaff());
            var managers = new List<Person>();
            var teamNumber = 0;
            var currentPosts = 0;
            while (currentPosts < target)
            {
                teamNumber++;
                var kind = TeamKinds[(teamNumber - 1) % TeamKinds.Length];
                var team = new TeamRow(NextId("Teams"), string.Create(CultureInfo.InvariantCulture, $"{kind} team {teamNumber}"), $"{kind} (generated volume team).");
                Teams.Add(team);
                var manager = NewPerson(team.Id, "Team manager", registered: true, EmploymentType.Permanent, WindowStart.AddDays(-_random.Next(200, 4000)), asye: false);
                managers.Add(manager);
                currentPosts++;
                var posts = _random.Next(6, 13);
                for (var post = 0; post < posts; post++)
                {
                    FillPost(team, manager);
                }

                currentPosts += posts;
            }

            // Senior managers above the team managers, in groups of at most eight, up to one director.
            var level = managers;
            var depth = 0;
            while (level.Count > 1)
            {
                var title = SeniorTitles[Math.Min(depth, SeniorTitles.Length - 1)];
                var team = new TeamRow(NextId("Teams"), string.Create(CultureInfo.InvariantCulture, $"Leadership: {title.ToLowerInvariant()}s"), "Senior managers (generated volume team).");
                Teams.Add(team);
                var above = new List<Person>();
                foreach (var group in level.Chunk(8))
                {
                    var senior = NewPerson(team.Id, level.Count <= 8 ? SeniorTitles[^1] : title, registered: true, EmploymentType.Permanent, WindowStart.AddDays(-_random.Next(1000, 6000)), asye: false);
                    foreach (var person in group)
                    {
                        person.SupervisorId = senior.Id;
                    }

                    above.Add(senior);
                }

                level = above;
                depth++;
            }
        }

        private int CountDemoStaff() => db.StaffMembers.Count(s => s.LeaveDate == null);

        private void FillPost(TeamRow team, Person manager)
        {
            var kind = team.Name;
            var role = PickRole(kind);
            var agency = _roles.TryGetValue(role, out var r) && r.Registered && _random.NextDouble() < 0.15;
            var start = _today.AddDays(-_random.Next(30, 365 * (request.Years + 8)));
            while (true)
            {
                var asye = role == "Social worker" && start > WindowStart && _random.NextDouble() < 0.3;
                var person = NewPerson(team.Id, asye ? ReferenceData.AsyeRoleTitle : role, _roles.TryGetValue(role, out var rr) && rr.Registered, agency ? EmploymentType.Agency : EmploymentType.Permanent, start, asye);
                person.SupervisorId = manager.Id;
                // Turnover: agency staff move on more often; the post stays vacant for a few weeks before a joiner starts.
                var stay = (int)(-Math.Log(1 - _random.NextDouble()) * 365 / (agency ? 0.35 : 0.12));
                var leave = start.AddDays(Math.Max(60, stay));
                if (leave >= _today)
                {
                    return;
                }

                person.Leave = leave;
                start = leave.AddDays(_random.Next(14, 90));
                if (start >= _today)
                {
                    return; // a vacancy today
                }

                agency = _roles.TryGetValue(role, out var ra) && ra.Registered && _random.NextDouble() < 0.15;
            }
        }

        private string PickRole(string team)
        {
            var roll = _random.NextDouble();
            return team switch
            {
                _ when team.StartsWith("Early help", StringComparison.Ordinal) => roll < 0.6 ? "Family support worker" : roll < 0.75 ? "Social work apprentice" : "Social worker",
                _ when team.StartsWith("Youth justice", StringComparison.Ordinal) => roll < 0.4 ? "Youth justice officer" : roll < 0.85 ? "Social worker" : "Senior practitioner",
                _ when team.StartsWith("Care leavers", StringComparison.Ordinal) => roll < 0.5 ? "Personal adviser" : roll < 0.9 ? "Social worker" : "Senior practitioner",
                _ => roll < 0.1 ? "Social work assistant" : roll < 0.75 ? "Social worker" : roll < 0.93 ? "Senior practitioner" : "Advanced practitioner",
            };
        }

        private Person NewPerson(int teamId, string role, bool registered, EmploymentType employment, DateOnly start, bool asye)
        {
            var id = NextId("StaffMembers");
            var given = _faker.Name.FirstName();
            var family = _faker.Name.LastName();
            var local = new string($"{given}.{family}".ToLowerInvariant().Where(c => char.IsAsciiLetterLower(c) || c == '.').ToArray());
            var person = new Person
            {
                Id = id,
                GivenName = given,
                FamilyName = family,
                Email = string.Create(CultureInfo.InvariantCulture, $"{local}.{id}@{SeedOptions.DemoEmailDomain}"),
                JobTitle = role,
                TeamId = teamId,
                Registered = registered || asye,
                Employment = employment,
                Start = start,
                AsyeUntil = asye ? start.AddDays(365) : null,
            };

            // Today's role: an ASYE year that has ended makes a social worker.
            var title = asye && person.AsyeUntil <= _today ? "Social worker" : role;
            person.JobTitle = title;
            if (_roles.TryGetValue(title, out var r))
            {
                person.RoleId = r.Id;
                person.Step = r.Step;
            }

            People.Add(person);
            return person;
        }

        public async Task WriteAsync(BulkLoader loader, Stopwatch watch)
        {
            var teams = loader.Table("Teams", "Id", "Name", "Description");
            var staff = loader.Table("StaffMembers", "Id", "StaffNumber", "GivenName", "FamilyName", "Email", "JobTitle", "TeamId", "PathwayRoleId", "SupervisorId", "RegistrationNumber", "EmploymentType", "StartDate", "LeaveDate");
            var lines = loader.Table("SupervisorLines", "Id", "SuperviseeId", "SupervisorId", "From", "To", "ChangedBy");
            var rounds = loader.Table("SurveyRounds", "Id", "Title", "OpenedOn", "ClosingDate", "ClosedEarlyOn");
            var courseSessions = loader.Table("CourseSessions", "Id", "CourseId", "StartsAt", "EndsAt", "Venue", "OnlineLink", "Capacity", "Facilitator", "CreatedAt", "Version");
            var activities = loader.Table("CpdActivities", "Id", "StaffMemberId", "MethodId", "Title", "Date", "EndDate", "Hours", "Description", "WhatLearnt", "Impact", "PeerName", "PeerReflection", "Certificated", "Status", "CourseId", "CreatedAt", "UpdatedAt", "DeletedAt");
            var activityAreas = loader.Table("ActivityAreas", "ActivityId", "AreaId");
            var sessions = loader.Table("SupervisionSessions", "Id", "SuperviseeId", "SupervisorId", "Date", "Hours", "Type", "ReviewOfLastActions", "Management", "Development", "Support", "Mediation", "LearningNeeds", "NextDate", "CreatedAt", "UpdatedAt", "AcknowledgedAt", "SuperviseeComment");
            var actions = loader.Table("SupervisionActions", "Id", "SessionId", "Text", "Owner", "DueDate", "Status");
            var sessionAreas = loader.Table("SessionLearningAreas", "SessionId", "AreaId");
            var assessments = loader.Table("StageAssessments", "Id", "StaffMemberId", "AreaId", "Stage", "Kind", "AssessedByStaffId", "Note", "AssessedAt");
            var plans = loader.Table("DevelopmentPlans", "Id", "StaffMemberId", "YearStart", "Status", "CreatedAt", "UpdatedAt", "Version");
            var goals = loader.Table("PlanGoals", "Id", "PlanId", "AreaId", "TargetStage", "TargetDate", "PlannedActivities", "Status");
            var transitions = loader.Table("PlanTransitions", "Id", "PlanId", "From", "To", "ByStaffId", "Comment", "At");
            var bookings = loader.Table("Bookings", "Id", "SessionId", "StaffMemberId", "Status", "BookedAt", "PromotedAt", "CancelledAt", "Attendance", "MarkedAt", "ActivityId", "CertificateCode", "CompletedOn");
            var feedback = loader.Table("CourseFeedback", "Id", "BookingId", "CourseId", "StaffMemberId", "Relevance", "Quality", "ConfidenceBefore", "ConfidenceAfter", "Comment", "SubmittedAt");
            var followUps = loader.Table("PracticeFollowUps", "Id", "BookingId", "CourseId", "StaffMemberId", "DueOn", "RequestedAt", "Outcome", "Comment", "AnsweredByStaffId", "AnsweredAt");
            var responses = loader.Table("SurveyResponses", "Id", "RoundId", "StaffMemberId", "TeamId", "PathwayRoleId", "SubmittedAt", "IsComplete", "NoBarriers", "OtherBarrier");
            var ratings = loader.Table("SurveyRatings", "Id", "ResponseId", "MethodId", "Rating");
            var wishes = loader.Table("SurveyWishes", "Id", "ResponseId", "MethodId");
            var barriers = loader.Table("SurveyBarriers", "Id", "ResponseId", "Barrier");
            var audit = loader.Table("AuditEntries", "Id", "OccurredAt", "ActorAccountId", "ActorEmail", "Action", "EntityType", "EntityId", "IpAddress");
            var awards = loader.Table("CertificationAwards", "Id", "StaffMemberId", "CertificationId", "CompletedOn", "ValidFrom", "ExpiresOn", "Source", "CpdActivityId", "RecordedAt");

            var byId = People.ToDictionary(p => p.Id);
            foreach (var team in Teams)
            {
                await teams.AddAsync(ct, team.Id, team.Name, team.Description);
            }

            // Supervisors before their supervisees, so every row's SupervisorId already exists when it is written.
            var written = new HashSet<int>();
            var pending = new Stack<Person>();
            foreach (var person in People)
            {
                for (var p = person; p is not null && !written.Contains(p.Id); p = p.SupervisorId is { } s ? byId[s] : null)
                {
                    pending.Push(p);
                }

                while (pending.TryPop(out var p))
                {
                    written.Add(p.Id);
                    await staff.AddAsync(ct, p.Id, $"V{p.Id}", p.GivenName, p.FamilyName, p.Email, p.JobTitle, p.TeamId, p.RoleId, p.SupervisorId,
                        p.Registered ? $"SW{8000000 + p.Id}" : null, p.Employment, p.Start, p.Leave);
                }
            }

            foreach (var p in People.Where(p => p.SupervisorId is not null))
            {
                var supervisor = byId[p.SupervisorId!.Value];
                var from = p.Start > supervisor.Start ? p.Start : supervisor.Start;
                await lines.AddAsync(ct, NextId("SupervisorLines"), p.Id, supervisor.Id, Midnight(from), p.Leave is { } left ? Midnight(left) : null, AuditActor.SystemEmail);
            }

            // One training-needs survey round each October before the demo council's own (last year's).
            var roundsByYear = new Dictionary<int, (int Id, DateOnly Opened, DateOnly Closing)>();
            for (var year = _today.Year - 2; year >= WindowStart.Year; year--)
            {
                var opened = new DateOnly(year, 10, 1);
                if (opened < WindowStart)
                {
                    break;
                }

                var id = NextId("SurveyRounds");
                roundsByYear[year] = (id, opened, new DateOnly(year, 10, 31));
                await rounds.AddAsync(ct, id, string.Create(CultureInfo.InvariantCulture, $"Training-needs survey {year}"), opened, new DateOnly(year, 10, 31), null);
            }

            var done = 0;
            var lastReport = watch.Elapsed;
            foreach (var person in People)
            {
                var from = person.Start > WindowStart ? person.Start : WindowStart;
                var until = person.Leave is { } leave && leave < _today ? leave : _today;
                if (until > from)
                {
                    var supervisor = person.SupervisorId is { } s ? byId[s] : null;
                    var areas = person.Registered ? _registeredAreas : _otherAreas;
                    await ActivitiesAsync(person, from, until, areas, activities, activityAreas, audit);
                    if (supervisor is not null)
                    {
                        await SessionsAsync(person, supervisor, from, until, areas, sessions, actions, sessionAreas, audit);
                        await AssessmentsAndPlansAsync(person, supervisor, from, until, areas, assessments, plans, goals, transitions, audit);
                        await TrainingAsync(person, supervisor, from, until, courseSessions, activities, bookings, feedback, followUps, audit);
                    }

                    foreach (var (year, round) in roundsByYear)
                    {
                        if (person.IsCurrent(round.Closing) && _random.NextDouble() < 0.35)
                        {
                            await SurveyAsync(person, round.Id, round.Opened, responses, ratings, wishes, barriers);
                        }
                    }
                }

                await CertificationAwardsAsync(person, awards);
                done++;
                if (watch.Elapsed - lastReport > TimeSpan.FromSeconds(5))
                {
                    lastReport = watch.Elapsed;
                    var rows = loader.RowsWritten;
                    await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"  {done:N0}/{People.Count:N0} people, {rows:N0} rows written, {rows / watch.Elapsed.TotalSeconds:N0} rows/s, {watch.Elapsed.TotalSeconds:F0} s"));
                }
            }
        }

        /// <summary>
        /// The periods of each certification the person's role requires, worked out by the certification's own rule
        /// from completion dates (as real completions would be): most are current, some due for renewal, some lapsed
        /// and a few never held. A random stream of its own, so the rest of the history is the same with or without it.
        /// </summary>
        private async Task CertificationAwardsAsync(Person person, BulkTable awards)
        {
            if (person.RoleId is not { } role || !_requiredByRole.TryGetValue(role, out var required) || person.Start > _today)
            {
                return;
            }

            var until = person.Leave is { } leave && leave < _today ? leave : _today;
            foreach (var (certificationId, rule) in required)
            {
                if (_certificationRandom.NextDouble() < 0.08)
                {
                    continue; // never held
                }

                // The latest completion up to 15% beyond the validity before the end of their time in post, often one before it.
                var months = rule.ValidityMonths ?? 36;
                var span = Math.Max(11, (int)(months * 30.4 * 1.15));
                var latest = until.AddDays(-_certificationRandom.Next(10, span));
                latest = latest < person.Start ? person.Start : latest;
                var completions = new List<DateOnly> { latest };
                var before = latest.AddMonths(-months).AddDays(_certificationRandom.Next(0, 60));
                if (_certificationRandom.NextDouble() < 0.6 && before > person.Start)
                {
                    completions.Insert(0, before);
                }

                Domain.Certifications.CertificationPeriod? current = null;
                foreach (var completedOn in completions)
                {
                    if (rule.Grant(current, completedOn) is not { } period)
                    {
                        continue;
                    }

                    current = period;
                    await awards.AddAsync(ct, NextId("CertificationAwards"), person.Id, certificationId, period.CompletedOn, period.ValidFrom, period.ExpiresOn,
                        Domain.Certifications.CertificationSource.EarlierRecords, null, Midnight(completedOn).AddHours(17));
                }
            }
        }

        private async Task ActivitiesAsync(Person person, DateOnly from, DateOnly until, List<CompetenceArea> areas, BulkTable activities, BulkTable activityAreas, BulkTable audit)
        {
            var days = until.DayNumber - from.DayNumber;
            var count = (int)Math.Round((14 + _random.Next(0, 13)) * days / 365.0);
            for (var i = 0; i < count; i++)
            {
                var date = DateOnly.FromDayNumber(from.DayNumber + _random.Next(days));
                var topic = VolumeText.Pick(_random, VolumeText.Topics);
                var complete = _random.NextDouble() < 0.92 || date < _today.AddDays(-60);
                var peer = complete && _random.NextDouble() < 0.4;
                var createdAt = Midnight(date).AddHours(16 + _random.Next(0, 6)).AddDays(_random.Next(0, 4));
                if (createdAt > clock.GetUtcNow())
                {
                    createdAt = clock.GetUtcNow().AddMinutes(-_random.Next(10, 600));
                }

                var id = NextId("CpdActivities");
                var method = _methodIds[_random.Next(_methodIds.Count)];
                await activities.AddAsync(ct, id, person.Id, method, $"{topic[..1].ToUpperInvariant()}{topic[1..]}", date, null, Durations[_random.Next(Durations.Length)],
                    VolumeText.Description(_random, topic), complete ? VolumeText.WhatLearnt(_random, topic) : null, complete ? VolumeText.ImpactOnPractice(_random) : null,
                    peer ? "A colleague in my team" : null, peer ? VolumeText.PeerReflection(_random) : null, false,
                    complete ? ActivityStatus.Complete : ActivityStatus.Draft, null, createdAt, createdAt, null);
                foreach (var area in PickAreas(areas, _random.Next(0, 3)))
                {
                    await activityAreas.AddAsync(ct, id, area);
                }

                await AuditAsync(audit, createdAt, person.Email, nameof(CpdActivity), id);
            }
        }

        private async Task SessionsAsync(Person person, Person supervisor, DateOnly from, DateOnly until, List<CompetenceArea> areas, BulkTable sessions, BulkTable actions, BulkTable sessionAreas, BulkTable audit)
        {
            var first = from.AddDays(_random.Next(3, 20));
            var dates = new List<DateOnly>();
            for (var date = first; date < until; date = date.AddDays((person.AsyeUntil is { } asye && date < asye ? 14 : 30) + _random.Next(-2, 5)))
            {
                if (supervisor.IsCurrent(date))
                {
                    dates.Add(date);
                }
            }

            for (var i = 0; i < dates.Count; i++)
            {
                var date = dates[i];
                var topic = VolumeText.Pick(_random, VolumeText.Topics);
                var at = Midnight(date).AddHours(15);
                var id = NextId("SupervisionSessions");
                var last = i == dates.Count - 1;
                var next = date.AddDays(person.AsyeUntil is { } asye && date < asye ? 14 : 30);
                await sessions.AddAsync(ct, id, person.Id, supervisor.Id, date, Domain.Supervision.SessionDetails.DefaultHours, _random.NextDouble() < 0.88 ? SupervisionType.OneToOne : SupervisionType.Group,
                    i == 0 ? null : "Actions from the last session reviewed; most are done.", VolumeText.Management(_random),
                    $"Discussed learning about {topic} and how it applies to current work.", VolumeText.Support(_random), null,
                    $"Further learning on {topic}.", last ? next : (DateOnly?)null, at, at, last && date > _today.AddDays(-10) ? (DateTimeOffset?)null : at.AddDays(2), null);
                await AuditAsync(audit, at, supervisor.Email, nameof(SupervisionSession), id);
                for (var a = _random.Next(1, 3); a > 0; a--)
                {
                    var actionId = NextId("SupervisionActions");
                    var due = date.AddDays(14 * a);
                    await actions.AddAsync(ct, actionId, id, a == 1 ? $"Read one article on {topic} and bring reflections" : "Update the development plan with this month's learning",
                        a == 1 ? ActionOwner.Supervisee : ActionOwner.Supervisor, due, due < _today.AddDays(-30) ? ActionStatus.Done : ActionStatus.Open);
                    await AuditAsync(audit, at, supervisor.Email, nameof(SupervisionAction), actionId);
                }

                foreach (var area in PickAreas(areas, _random.NextDouble() < 0.5 ? 1 : 0))
                {
                    await sessionAreas.AddAsync(ct, id, area);
                }
            }
        }

        private async Task AssessmentsAndPlansAsync(Person person, Person supervisor, DateOnly from, DateOnly until, List<CompetenceArea> areas, BulkTable assessments, BulkTable plans, BulkTable goals, BulkTable transitions, BulkTable audit)
        {
            var now = clock.GetUtcNow();
            var currentYear = _learningYear.PeriodContaining(_today).Start;
            for (var yearStart = _learningYear.PeriodContaining(from).Start; yearStart < until; yearStart = yearStart.AddYears(1))
            {
                var around = person.Step switch { <= 2 => 2, 3 => 2, 4 => 3, 5 => 4, _ => 4 };
                if (_random.NextDouble() < 0.7)
                {
                    var day = Max(yearStart.AddDays(_random.Next(30, 200)), from);
                    if (day < until)
                    {
                        foreach (var area in PickAreas(areas, _random.Next(3, 7)))
                        {
                            var stage = (DreyfusStage)Math.Clamp(around + _random.Next(-1, 2), 1, 5);
                            var assessedAt = Midnight(day).AddHours(11);
                            var id = NextId("StageAssessments");
                            await assessments.AddAsync(ct, id, person.Id, area, stage, AssessmentKind.SelfAssessment, person.Id, "Evidence from recent practice and feedback in supervision.", assessedAt);
                            await AuditAsync(audit, assessedAt, person.Email, nameof(StageAssessment), id);
                            var validatedOn = day.AddDays(_random.Next(7, 40));
                            if (_random.NextDouble() < 0.8 && validatedOn < until && supervisor.IsCurrent(validatedOn))
                            {
                                var agreed = _random.NextDouble() < 0.8;
                                var validation = NextId("StageAssessments");
                                var vat = Midnight(validatedOn).AddHours(15);
                                await assessments.AddAsync(ct, validation, person.Id, area, agreed ? stage : (DreyfusStage)Math.Clamp((int)stage - 1, 1, 5), AssessmentKind.Validation, supervisor.Id,
                                    agreed ? "Agreed in supervision." : "Agreed one stage lower for now: more evidence of independent work needed.", vat);
                                await AuditAsync(audit, vat, supervisor.Email, nameof(StageAssessment), validation);
                            }
                        }
                    }
                }

                if (_random.NextDouble() >= 0.75)
                {
                    continue;
                }

                var created = Midnight(Max(yearStart.AddDays(_random.Next(5, 60)), from)).AddHours(10);
                if (created > now)
                {
                    continue;
                }

                var planId = NextId("DevelopmentPlans");
                var isCurrent = yearStart == currentYear;
                var roll = _random.NextDouble();
                var path = !isCurrent || roll < 0.42 ? new[] { PlanStatus.Submitted, PlanStatus.Approved }
                    : roll < 0.55 ? [PlanStatus.Submitted]
                    : roll < 0.6 ? [PlanStatus.Submitted, PlanStatus.ChangesRequested]
                    : [];
                if (!isCurrent && _random.NextDouble() < 0.15)
                {
                    path = [PlanStatus.Submitted, PlanStatus.ChangesRequested, PlanStatus.Submitted, PlanStatus.Approved];
                }

                var status = PlanStatus.Draft;
                var at = created;
                var steps = new List<(PlanStatus From, PlanStatus To, int By, string? Comment, DateTimeOffset At)>();
                foreach (var to in path)
                {
                    at = at.AddDays(_random.Next(2, 14));
                    if (at > now || (to is PlanStatus.Approved or PlanStatus.ChangesRequested && !supervisor.IsCurrent(DateOnly.FromDateTime(at.UtcDateTime))))
                    {
                        break;
                    }

                    steps.Add((status, to, to is PlanStatus.Approved or PlanStatus.ChangesRequested ? supervisor.Id : person.Id, to == PlanStatus.ChangesRequested ? "Please make the second goal more specific." : null, at));
                    status = to;
                }

                await plans.AddAsync(ct, planId, person.Id, yearStart, status, created, steps.Count > 0 ? steps[^1].At : created, steps.Count);
                await AuditAsync(audit, created, person.Email, nameof(DevelopmentPlan), planId);
                foreach (var area in PickAreas(areas, _random.Next(2, 4)))
                {
                    var goalId = NextId("PlanGoals");
                    await goals.AddAsync(ct, goalId, planId, area, (DreyfusStage)Math.Clamp(around + 1, 1, 5), yearStart.AddMonths(_random.Next(6, 12)),
                        "Attend the mapped course, practise in direct work and discuss progress in supervision each month.",
                        isCurrent ? (_random.NextDouble() < 0.5 ? GoalStatus.NotStarted : GoalStatus.InProgress) : (_random.NextDouble() < 0.65 ? GoalStatus.Achieved : GoalStatus.InProgress));
                    await AuditAsync(audit, created, person.Email, nameof(PlanGoal), goalId);
                }

                foreach (var step in steps)
                {
                    await transitions.AddAsync(ct, NextId("PlanTransitions"), planId, step.From, step.To, step.By, step.Comment, step.At);
                    await AuditAsync(audit, step.At, step.By == person.Id ? person.Email : supervisor.Email, nameof(DevelopmentPlan), planId, AuditActions.Updated);
                }
            }
        }

        private async Task TrainingAsync(Person person, Person supervisor, DateOnly from, DateOnly until, BulkTable courseSessions, BulkTable activities, BulkTable bookings, BulkTable feedback, BulkTable followUps, BulkTable audit)
        {
            if (_courses.Count == 0)
            {
                return;
            }

            var days = until.DayNumber - from.DayNumber;
            var count = (int)Math.Round(_random.Next(1, 4) * days / 365.0);
            var booked = new HashSet<int>();
            for (var i = 0; i < count; i++)
            {
                var course = _courses[_random.Next(_courses.Count)];
                var month = from.AddDays(_random.Next(days));
                var key = (course.Id, (month.Year * 12) + month.Month, 0);
                while (_courseSlots.TryGetValue(key, out var full) && full.Booked >= 20)
                {
                    key = (key.Item1, key.Item2, key.Item3 + 1);
                }

                if (!_courseSlots.TryGetValue(key, out var slot))
                {
                    var dayOfMonth = Math.Min(8 + (key.Item3 * 5) + _random.Next(0, 5), 28);
                    var day = new DateOnly(month.Year, month.Month, dayOfMonth);
                    var starts = Midnight(day).AddHours(9);
                    slot = (NextId("CourseSessions"), day, 0);
                    await courseSessions.AddAsync(ct, slot.Id, course.Id, starts, starts.AddHours(course.Delivery == CourseDelivery.ELearning ? 3 : 7),
                        course.Delivery == CourseDelivery.FaceToFace ? "Civic Centre, training room 1" : null,
                        course.Delivery == CourseDelivery.FaceToFace ? null : "https://meet.example.org/academy",
                        20, "Learning Academy", starts.AddDays(-45), 1);
                }

                _courseSlots[key] = (slot.Id, slot.Day, slot.Booked + 1);
                if (slot.Day >= _today || !person.IsCurrent(slot.Day) || !booked.Add(slot.Id))
                {
                    continue;
                }

                var sessionStart = Midnight(slot.Day).AddHours(9);
                var bookedAt = sessionStart.AddDays(-_random.Next(10, 40));
                var attended = _random.NextDouble() < 0.88;
                var bookingId = NextId("Bookings");
                int? activityId = null;
                if (attended)
                {
                    activityId = NextId("CpdActivities");
                    var markedAt = sessionStart.AddHours(8);
                    await activities.AddAsync(ct, activityId, person.Id, course.Delivery == CourseDelivery.ELearning ? _elearningMethod : _workshopMethod, course.Title, slot.Day, null, course.Hours,
                        "Completed a course from the academy's catalogue.", null, null, null, null, course.Certificated, ActivityStatus.Complete, course.Id, markedAt, markedAt, null);
                    await AuditAsync(audit, markedAt, AuditActor.SystemEmail, nameof(CpdActivity), activityId.Value);
                }

                await bookings.AddAsync(ct, bookingId, slot.Id, person.Id, BookingStatus.Booked, bookedAt, null, null, attended ? Attendance.Attended : Attendance.DidNotAttend,
                    sessionStart.AddHours(8), activityId, attended && course.Certificated ? CertificateCode(bookingId) : null, attended ? slot.Day : null);
                if (!attended)
                {
                    continue;
                }

                if (_random.NextDouble() < 0.7)
                {
                    var before = _random.Next(1, 4);
                    await feedback.AddAsync(ct, NextId("CourseFeedback"), bookingId, course.Id, person.Id, _random.Next(3, 6), _random.Next(2, 6), before, Math.Min(5, before + _random.Next(0, 3)),
                        _random.NextDouble() < 0.3 ? "Useful and close to the work we do." : null, sessionStart.AddDays(_random.Next(1, 10)));
                }

                var due = slot.Day.AddDays(90);
                if (due <= _today)
                {
                    var requested = Midnight(due).AddHours(7);
                    var answer = _random.NextDouble() < 0.75 && supervisor.IsCurrent(due.AddDays(10)) && due.AddDays(10) < _today;
                    var outcome = _random.NextDouble() switch { < 0.5 => PracticeChange.Yes, < 0.85 => PracticeChange.Partly, _ => PracticeChange.No };
                    await followUps.AddAsync(ct, NextId("PracticeFollowUps"), bookingId, course.Id, person.Id, due, requested,
                        answer ? outcome : null, answer ? "Discussed in supervision." : null, answer ? supervisor.Id : null, answer ? requested.AddDays(_random.Next(1, 10)) : null);
                }
            }
        }

        private async Task SurveyAsync(Person person, int roundId, DateOnly opened, BulkTable responses, BulkTable ratings, BulkTable wishes, BulkTable barriers)
        {
            var id = NextId("SurveyResponses");
            var complete = _random.NextDouble() < 0.65;
            var answered = complete ? _methodIds : _methodIds.Take(_random.Next(4, _methodIds.Count - 4)).ToList();
            var barrierCount = _random.NextDouble() < 0.15 ? 0 : _random.Next(1, 4);
            await responses.AddAsync(ct, id, roundId, person.Id, person.TeamId, person.RoleId, Midnight(opened.AddDays(_random.Next(0, 30))).AddHours(12), complete, barrierCount == 0, null);
            foreach (var method in answered)
            {
                await ratings.AddAsync(ct, NextId("SurveyRatings"), id, method, _random.NextDouble() < 0.7 ? _random.Next(2, 6) : null);
            }

            foreach (var method in _methodIds.OrderBy(_ => _random.Next()).Take(3))
            {
                await wishes.AddAsync(ct, NextId("SurveyWishes"), id, method);
            }

            foreach (var barrier in new[] { SurveyBarrier.Workload, SurveyBarrier.NoTime, SurveyBarrier.Cover, SurveyBarrier.NotKnowingWhatIsAvailable, SurveyBarrier.ManagerSupport }
                         .OrderBy(_ => _random.Next()).Take(barrierCount))
            {
                await barriers.AddAsync(ct, NextId("SurveyBarriers"), id, barrier);
            }
        }

        private ValueTask AuditAsync(BulkTable audit, DateTimeOffset at, string email, string entityType, int id, string action = AuditActions.Created) =>
            audit.AddAsync(ct, NextId("AuditEntries"), at, null, email, action, entityType, id.ToString(CultureInfo.InvariantCulture), null);

        private HashSet<int> PickAreas(List<CompetenceArea> areas, int count)
        {
            if (areas.Count == 0 || count == 0)
            {
                return [];
            }

            var picked = new HashSet<int>();
            for (var i = 0; i < count; i++)
            {
                picked.Add(areas[_random.Next(areas.Count)].Id);
            }

            return picked;
        }

        private static string CertificateCode(int bookingId)
        {
            // Unique per booking and in the certificate alphabet: the booking id in base 31, padded with a fixed prefix.
            var alphabet = CertificateCodes.Alphabet;
            var chars = new char[CertificateCodes.Length];
            var n = (long)bookingId;
            for (var i = chars.Length - 1; i >= 0; i--)
            {
                chars[i] = i < 2 ? 'V' : alphabet[(int)(n % alphabet.Length)];
                n /= alphabet.Length;
            }

            return new string(chars);
        }

        private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

        private static DateTimeOffset Midnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    }
}
