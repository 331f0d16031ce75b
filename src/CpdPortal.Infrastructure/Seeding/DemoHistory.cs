using Bogus;
using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Competence;
using CpdPortal.Domain.Planning;
using CpdPortal.Domain.Supervision;
using CpdPortal.Domain.Workforce;

namespace CpdPortal.Infrastructure.Seeding;

/// <summary>
/// Two years of CPD history for the demo council: the named practitioners' records are written by hand so the
/// guides can describe them; everyone else gets varied synthetic activities and self-assessments.
/// Free text is generic learning language only: never anything that could identify a child or family.
/// </summary>
internal sealed class DemoHistory(Faker faker, DateOnly today, DateTimeOffset now, IReadOnlyDictionary<string, CpdMethod> methods, IReadOnlyList<CompetenceFramework> frameworks)
{
    private static readonly string[] Topics =
    [
        "safety planning with families", "chronologies and analysis", "hearing the voice of the child", "working with fathers",
        "neglect and cumulative harm", "adolescent risk outside the home", "court statements", "direct work tools",
        "recording with the child in mind", "multi-agency strategy discussions", "trauma-informed responses", "permanence planning",
    ];

    private static readonly decimal[] Durations = [1m, 1.5m, 2m, 3.5m, 7.4m, 14.8m];

    public IEnumerable<CpdActivity> ForSam(StaffMember sam, CompetenceFramework pcf)
    {
        var reflection = Area(pcf, "Critical reflection and analysis");
        var skills = Area(pcf, "Skills and interventions");
        var values = Area(pcf, "Values and ethics");
        yield return Activity(sam, CpdMethods.Workshop, "ASYE induction learning day", today.AddDays(-80), 7.4m, true, [values.Id],
            "The first ASYE learning day: the programme, the PCF at ASYE level and protected development time.",
            "How my ASYE will be assessed and how to gather evidence against the PCF as I go.",
            "I now keep a short evidence log after each visit, which makes supervision more focused.");
        yield return Activity(sam, CpdMethods.Workshop, "Signs of Safety: two-day foundation", today.AddDays(-52), 14.8m, true, [skills.Id, reflection.Id],
            "Two-day course on the council's family approach; relevant to every child protection plan I hold.",
            "How to write danger statements and safety goals in plain language that families can agree with.",
            "Families I work with can now say in their own words what needs to change.",
            peer: ("My supervisor", "Talking it through in supervision helped me see I was writing for the court rather than for the family."));
        yield return Activity(sam, CpdMethods.Supervision, "Reflective supervision on a complex case", today.AddDays(-20), 1.5m, false, [reflection.Id],
            "Reflective discussion using the experience, reflection, analysis and action cycle.",
            "To separate my own anxiety from the evidence when judging risk.",
            "I now write my hypotheses down before a visit and test them afterwards.",
            peer: ("A senior practitioner in my team", "Their challenge showed me a second hypothesis I had not considered."));
        yield return Activity(sam, CpdMethods.Reading, "Research in Practice briefing on neglect", today.AddDays(-6), 2m, false, [],
            "Reading on recognising cumulative harm.", null, null, status: ActivityStatus.Draft);
    }

    public IEnumerable<CpdActivity> ForJo(StaffMember jo, CompetenceFramework core)
    {
        var communication = Area(core, "Effective communication and engagement");
        var safeguarding = Area(core, "Safeguarding and promoting welfare");
        yield return Activity(jo, CpdMethods.ELearning, "Safeguarding children: level 3", today.AddDays(-200), 4m, true, [safeguarding.Id],
            "Annual safeguarding update required for my role in Early Help.",
            "The current threshold guidance and how to make a referral to the front door.",
            "I am more confident explaining to parents why I am sharing a concern.");
        yield return Activity(jo, CpdMethods.Workshop, "Restorative practice in children's services", today.AddDays(-120), 7.4m, true, [communication.Id],
            "One-day workshop on working with families rather than doing things to them.",
            "High support and high challenge, and restorative questions.",
            "I use restorative questions in family meetings and parents take part more.");
        yield return Activity(jo, CpdMethods.Shadowing, "Shadowing a family group conference", today.AddDays(-45), 3.5m, false, [communication.Id],
            "Observed a coordinator prepare and run a family group conference.",
            "How preparation with each family member shapes the meeting.",
            "I now prepare families more carefully before review meetings.");
    }

    /// <summary>Synthetic CPD for a staff member across the last two years.</summary>
    public IEnumerable<CpdActivity> Synthetic(StaffMember person, IReadOnlyList<CompetenceArea> areas)
    {
        var count = faker.Random.Int(0, 9);
        var methodList = methods.Values.ToList();
        for (var i = 0; i < count; i++)
        {
            var method = faker.PickRandom(methodList);
            var earliest = Math.Max(person.StartDate.DayNumber, today.AddDays(-730).DayNumber);
            var last = (person.LeaveDate ?? today).DayNumber;
            if (last <= earliest)
            {
                yield break;
            }

            var date = DateOnly.FromDayNumber(faker.Random.Int(earliest, last));
            var topic = faker.PickRandom(Topics);
            var linked = areas.Count == 0 ? [] : faker.PickRandom(areas, faker.Random.Int(0, 2)).Select(a => a.Id).Distinct().ToArray();
            var complete = faker.Random.Bool(0.9f);
            yield return Activity(
                person,
                method.Name,
                $"{method.Name}: {topic}",
                date,
                method.CountsTowardsEntitlement ? faker.PickRandom(Durations) : faker.PickRandom(Durations.Take(4).ToArray()),
                method.CountsTowardsEntitlement && faker.Random.Bool(0.5f),
                linked,
                $"Learning about {topic}, relevant to my current caseload.",
                complete ? $"Practical approaches to {topic}." : null,
                complete ? $"I have changed how I approach {topic} with families." : null,
                peer: faker.Random.Bool(0.35f) ? ("A colleague in my team", $"Discussing {topic} with a colleague helped me test my thinking.") : null,
                status: complete ? ActivityStatus.Complete : ActivityStatus.Draft);
        }
    }

    public IEnumerable<StageAssessment> SelfAssessments(StaffMember person, IEnumerable<CompetenceArea> areas, DreyfusStage around)
    {
        foreach (var area in areas)
        {
            var stage = (DreyfusStage)Math.Clamp((int)around + faker.Random.Int(-1, 1), 1, 5);
            yield return StageAssessment.SelfAssess(person.Id, area.Id, stage, "Evidence from recent practice and feedback in supervision.", now.AddDays(-faker.Random.Int(10, 200)));
        }
    }

    public DevelopmentPlan Plan(StaffMember person, DateOnly yearStart, CompetenceArea area, DreyfusStage target, bool submit)
    {
        var plan = DevelopmentPlan.Start(person.Id, yearStart, now.AddDays(-30));
        plan.AddGoal(new GoalDetails(area.Id, target, today.AddMonths(5), "Attend the mapped course and discuss progress in supervision each month."), today, now.AddDays(-30));
        if (submit)
        {
            plan.Submit(person.Id, now.AddDays(-3));
        }

        return plan;
    }

    /// <summary>
    /// A year of supervision at roughly the policy's rhythm. <paramref name="lateness"/> days are added to each gap,
    /// so some people fall behind; every session but the last has been acknowledged.
    /// </summary>
    public IEnumerable<SupervisionSession> Sessions(StaffMember supervisee, int supervisorId, SupervisionPolicy policy, int lateness, int? lastDaysAgo = null)
    {
        var from = supervisee.StartDate > today.AddDays(-365) ? supervisee.StartDate : today.AddDays(-365);
        var dates = new List<DateOnly>();
        var date = SupervisionSchedule.NextDue(policy, supervisee.StartDate, null);
        if (date < from)
        {
            date = from.AddDays(faker.Random.Int(0, 10));
        }

        var end = lastDaysAgo is { } ago ? today.AddDays(-ago) : today.AddDays(-1);
        while (date <= end)
        {
            dates.Add(date);
            date = SupervisionSchedule.NextDue(policy, supervisee.StartDate, date).AddDays(faker.Random.Int(-2, 2) + lateness);
        }

        if (lastDaysAgo is not null)
        {
            // The last session falls exactly on the day asked for, with no other session just before it.
            dates.RemoveAll(d => d > end.AddDays(-5));
            dates.Add(end);
        }

        for (var i = 0; i < dates.Count; i++)
        {
            var sessionDate = dates[i];
            var topic = faker.PickRandom(Topics);
            var details = new SessionDetails(
                sessionDate,
                SessionDetails.DefaultHours,
                faker.Random.Bool(0.85f) ? SupervisionType.OneToOne : SupervisionType.Group,
                i == 0 ? null : "Actions from the last session reviewed.",
                "Caseload and deadlines reviewed.",
                $"Discussed learning about {topic}.",
                "Wellbeing checked; workload manageable.",
                null,
                $"Further learning on {topic}.",
                [],
                SupervisionSchedule.NextDue(policy, supervisee.StartDate, sessionDate),
                // Older actions were reviewed and closed long ago; the last two sessions' actions are still open.
                i >= dates.Count - 2 ? [new ActionDetails($"Read one article on {topic} and bring reflections", ActionOwner.Supervisee, sessionDate.AddDays(14))] : []);
            var at = now.AddDays(sessionDate.DayNumber - today.DayNumber);
            var session = SupervisionSession.Record(supervisee.Id, supervisorId, details, sessionDate, at);
            if (i < dates.Count - 1)
            {
                session.Acknowledge(supervisee.Id, null, at.AddDays(2));
            }

            yield return session;
        }
    }

    private CpdActivity Activity(
        StaffMember person,
        string method,
        string title,
        DateOnly date,
        decimal hours,
        bool certificated,
        int[] areaIds,
        string? description,
        string? learnt,
        string? impact,
        (string Name, string Reflection)? peer = null,
        ActivityStatus status = ActivityStatus.Complete)
    {
        var details = new ActivityDetails(
            methods[method].Id,
            title,
            date,
            null,
            hours,
            description,
            learnt,
            impact,
            peer?.Name,
            peer?.Reflection,
            certificated,
            status,
            areaIds);
        return CpdActivity.Record(person.Id, details, today, now.AddDays(date.DayNumber - today.DayNumber));
    }

    private static CompetenceArea Area(CompetenceFramework framework, string name) => framework.Areas.Single(a => a.Name == name);

    public IReadOnlyList<CompetenceArea> AreasFor(StaffMember person) =>
        frameworks.Where(f => f.AppliesTo(person.IsRegisteredSocialWorker)).SelectMany(f => f.Areas).ToList();
}
