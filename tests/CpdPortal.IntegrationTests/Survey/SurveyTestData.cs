using System.Globalization;
using CpdPortal.Domain.Survey;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Survey;

/// <summary>Arranging and reading survey rounds and answers in the app's database.</summary>
internal static class SurveyTestData
{
    /// <summary>The fixed clock's day (22 November 2026).</summary>
    public static readonly DateOnly Today = new(2026, 11, 22);

    /// <summary>The open round's id, opening one (closing in a month) if none is open.</summary>
    public static Task<int> EnsureOpenRoundAsync(this CpdPortalFactory factory) =>
        factory.WithDbAsync(async db =>
        {
            var open = await db.SurveyRounds.Where(r => r.ClosedEarlyOn == null && r.OpenedOn <= Today && r.ClosingDate >= Today)
                .Select(r => (int?)r.Id).FirstOrDefaultAsync();
            if (open is { } id)
            {
                return id;
            }

            var round = SurveyRound.Open("Training-needs survey 2026", Today.AddDays(30), Today, anotherRoundIsOpen: false);
            db.SurveyRounds.Add(round);
            await db.SaveChangesAsync();
            return round.Id;
        });

    /// <summary>Closes every open round (as if the L&amp;D team had), so a test can open its own.</summary>
    public static Task<int> CloseOpenRoundsAsync(this CpdPortalFactory factory) =>
        factory.WithDbAsync(async db =>
        {
            var open = await db.SurveyRounds.Where(r => r.ClosedEarlyOn == null && r.ClosingDate >= Today).ToListAsync();
            open.ForEach(r => r.CloseEarly(Today));
            return await db.SaveChangesAsync();
        });

    public static Task<List<int>> MethodIdsAsync(this CpdPortalFactory factory) =>
        factory.WithDbAsync(db => db.CpdMethods.Where(m => m.IsActive).OrderBy(m => m.Order).Select(m => m.Id).ToListAsync());

    public static Task<int> ResponseCountAsync(this CpdPortalFactory factory, DemoAccount account, int roundId) =>
        factory.WithDbAsync(async db =>
        {
            var staffId = await db.StaffMembers.Where(s => s.Email == account.Email).Select(s => s.Id).SingleAsync();
            return await db.SurveyResponses.CountAsync(r => r.RoundId == roundId && r.StaffMemberId == staffId);
        });

    /// <summary>Form fields that rate every method <paramref name="rating"/>, wish for the first, and tick workload.</summary>
    public static List<KeyValuePair<string, string>> CompleteAnswer(IReadOnlyList<int> methodIds, string rating = "4")
    {
        var fields = methodIds.Select(id => new KeyValuePair<string, string>($"Ratings[{Id(id)}]", rating)).ToList();
        fields.Add(new("Wishes", Id(methodIds[0])));
        fields.Add(new("Barriers", nameof(SurveyBarrier.Workload)));
        return fields;
    }

    public static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
