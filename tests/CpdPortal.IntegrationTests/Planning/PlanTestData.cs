using CpdPortal.Domain.Planning;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Planning;

/// <summary>Reading and arranging plans in the app's database for the plan tests.</summary>
internal static class PlanTestData
{
    /// <summary>The first day of the learning year of the fixed clock (22 November 2026): 1 April 2026.</summary>
    public static readonly DateOnly YearStart = new(2026, 4, 1);

    public static Task<DevelopmentPlan?> PlanOfAsync(this CpdPortalFactory factory, DemoAccount account) =>
        factory.WithDbAsync(async db =>
        {
            var id = await db.StaffMembers.Where(s => s.Email == account.Email).Select(s => s.Id).SingleAsync();
            return await db.DevelopmentPlans.AsNoTracking()
                .Include(p => p.Goals)
                .Include(p => p.Transitions)
                .SingleOrDefaultAsync(p => p.StaffMemberId == id && p.YearStart == YearStart);
        });

    public static async Task<int> FirstGoalIdAsync(this CpdPortalFactory factory, DemoAccount account)
    {
        var plan = await factory.PlanOfAsync(account);
        Assert.NotNull(plan);
        return plan.Goals.OrderBy(g => g.Id).First().Id;
    }

    /// <summary>Deletes the person's plan for this learning year, if the seed gave them one.</summary>
    public static Task<int> DeletePlanAsync(this CpdPortalFactory factory, DemoAccount account) =>
        factory.WithDbAsync(async db =>
        {
            var id = await db.StaffMembers.Where(s => s.Email == account.Email).Select(s => s.Id).SingleAsync();
            var plan = await db.DevelopmentPlans.Include(p => p.Goals).Include(p => p.Transitions)
                .SingleOrDefaultAsync(p => p.StaffMemberId == id && p.YearStart == YearStart);
            if (plan is not null)
            {
                db.DevelopmentPlans.Remove(plan);
            }

            return await db.SaveChangesAsync();
        });

    /// <summary>The form fields of a goal, from name to value.</summary>
    public static List<KeyValuePair<string, string>> GoalFields(int areaId, string stage = "3", string day = "31", string month = "3", string year = "2027", string activities = "Court skills course, then present a case to the team.") =>
    [
        new("AreaId", areaId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("TargetStage", stage),
        new("TargetDate.Day", day),
        new("TargetDate.Month", month),
        new("TargetDate.Year", year),
        new("PlannedActivities", activities),
    ];
}
