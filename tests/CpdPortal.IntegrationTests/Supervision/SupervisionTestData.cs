using System.Globalization;
using CpdPortal.Domain.Competence;
using CpdPortal.Domain.Planning;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Supervision;

/// <summary>Ids of the seeded supervision record, and the fields of a valid session form.</summary>
internal static class SupervisionTestData
{
    public static Task<int> LatestSessionIdAsync(this CpdPortalFactory factory, DemoAccount supervisee) =>
        factory.WithDbAsync(async db =>
        {
            var id = await factory.StaffIdAsync(supervisee);
            return await db.SupervisionSessions.Where(x => x.SuperviseeId == id).OrderByDescending(x => x.Date).ThenByDescending(x => x.Id).Select(x => x.Id).FirstAsync();
        });

    public static Task<int> SessionCountAsync(this CpdPortalFactory factory) =>
        factory.WithDbAsync(db => db.SupervisionSessions.CountAsync());

    public static Task<int> PlanIdAsync(this CpdPortalFactory factory, DemoAccount owner) =>
        factory.WithDbAsync(async db =>
        {
            var id = await factory.StaffIdAsync(owner);
            return await db.DevelopmentPlans.Where(p => p.StaffMemberId == id).OrderByDescending(p => p.YearStart).Select(p => p.Id).FirstAsync();
        });

    /// <summary>The plan's status and version (read as an anonymous type: PostgreSQL would return a tuple as a record).</summary>
    public static Task<(PlanStatus Status, int Version)> PlanStateAsync(this CpdPortalFactory factory, int planId) =>
        factory.WithDbAsync(async db =>
        {
            var state = await db.DevelopmentPlans.Where(p => p.Id == planId).Select(p => new { p.Status, p.Version }).SingleAsync();
            return (state.Status, state.Version);
        });

    /// <summary>The area and id of the person's latest self-assessment.</summary>
    public static Task<(int AreaId, int AssessmentId, DreyfusStage Stage)> LatestSelfAssessmentAsync(this CpdPortalFactory factory, DemoAccount person) =>
        factory.WithDbAsync(async db =>
        {
            var id = await factory.StaffIdAsync(person);
            var latest = await db.StageAssessments
                .Where(a => a.StaffMemberId == id && a.Kind == AssessmentKind.SelfAssessment)
                .OrderByDescending(a => a.Id)
                .Select(a => new { a.AreaId, a.Id, a.Stage })
                .FirstAsync();
            return (latest.AreaId, latest.Id, latest.Stage);
        });

    public static Task<int> ValidationCountAsync(this CpdPortalFactory factory) =>
        factory.WithDbAsync(db => db.StageAssessments.CountAsync(a => a.Kind == AssessmentKind.Validation));

    /// <summary>A session form that saves: yesterday, 1.5 hours, one-to-one, a development discussion and one action.</summary>
    public static List<KeyValuePair<string, string>> ValidSession(DateOnly today, params (string Key, string Value)[] changes)
    {
        var date = today.AddDays(-1);
        var fields = new Dictionary<string, string>
        {
            ["Date.Day"] = Text(date.Day),
            ["Date.Month"] = Text(date.Month),
            ["Date.Year"] = Text(date.Year),
            ["Hours"] = "1.5",
            ["Type"] = "OneToOne",
            ["Development"] = "Talked through the assessment framework and what good analysis looks like.",
            ["Support"] = "Workload is heavy this month; agreed to protect Friday afternoons.",
            ["Actions[0].Text"] = "Shadow a senior practitioner at an initial child protection conference",
            ["Actions[0].Owner"] = "Supervisee",
            ["Actions[0].DueDate.Day"] = Text(today.AddDays(20).Day),
            ["Actions[0].DueDate.Month"] = Text(today.AddDays(20).Month),
            ["Actions[0].DueDate.Year"] = Text(today.AddDays(20).Year),
        };
        foreach (var (key, value) in changes)
        {
            fields[key] = value;
        }

        return fields.Where(f => f.Value is not null).ToList();
    }

    private static string Text(int n) => n.ToString(CultureInfo.InvariantCulture);
}
