using Bogus;
using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Survey;
using CpdPortal.Domain.Workforce;

namespace CpdPortal.Infrastructure.Seeding;

/// <summary>
/// Last year's training-needs survey round, closed, with answers in the shape of the source survey (seeds/000):
/// 104 responses of which 66 complete (scaled down when the council has fewer staff), the same ranking of what
/// works with the same means, the same wish-list counts, and plausible barrier counts (the source slide gives the
/// barriers' chart without its numbers). No round is open, so /survey says so until the L&amp;D team opens one.
/// </summary>
internal sealed class DemoSurvey(Faker faker, DateOnly today)
{
    public const int SourceResponses = 104;
    public const int SourceComplete = 66;

    /// <summary>"What is working", mean rating per method, from the source survey.</summary>
    public static readonly IReadOnlyList<(string Method, double Mean)> SourceMeans =
    [
        ("Questioning", 3.87), ("Critical discussion of cases", 3.74), (CpdMethods.Reflective, 3.67), (CpdMethods.Supervision, 3.64),
        ("Appraisal", 3.42), (CpdMethods.Workshop, 3.41), (CpdMethods.Conference, 3.38), ("Observing meetings", 3.36),
        ("Role modelling", 3.31), ("Project involvement", 3.26), ("Induction", 3.2), ("Analysing mistakes", 3.19),
        (CpdMethods.StudyDay, 3.12), ("Critical incident analysis", 3.09),
    ];

    /// <summary>The source survey's wish list: respondents per method, of 104.</summary>
    public static readonly IReadOnlyList<(string Method, int Count)> SourceWishes =
    [
        ("Team away day", 35), (CpdMethods.Supervision, 31), (CpdMethods.Workshop, 29), (CpdMethods.Reflective, 29),
        (CpdMethods.Shadowing, 26), (CpdMethods.PeerSupervision, 25), ("Mentoring", 24), (CpdMethods.Conference, 24),
        ("Appraisal", 23), ("Secondment", 21), ("Critical discussion of cases", 21), (CpdMethods.Qualification, 20),
        ("Coaching", 19), ("Observing meetings", 19), ("Involvement in policy development", 19),
    ];

    /// <summary>Respondents per barrier, of 104 (illustrative: workload and time first, as in the source's chart).</summary>
    public static readonly IReadOnlyList<(SurveyBarrier Barrier, int Count)> Barriers =
    [
        (SurveyBarrier.Workload, 58), (SurveyBarrier.NoTime, 52), (SurveyBarrier.Cover, 37), (SurveyBarrier.NotKnowingWhatIsAvailable, 31),
        (SurveyBarrier.ManagerSupport, 19), (SurveyBarrier.Cost, 15), (SurveyBarrier.Travel, 11), (SurveyBarrier.Other, 5),
    ];

    private static readonly string[] OtherBarriers = ["Course dates clash with court hearings", "Childcare after 4pm", "Parking at the training venue"];

    /// <summary>Last year's round: 1 to 31 October.</summary>
    public SurveyRound Round() =>
        SurveyRound.Past($"Training-needs survey {today.Year - 1}", new DateOnly(today.Year - 1, 10, 1), new DateOnly(today.Year - 1, 10, 31));

    public IEnumerable<SurveyResponse> Responses(SurveyRound round, IReadOnlyList<StaffMember> staff, IReadOnlyList<CpdMethod> methods)
    {
        var eligible = staff.Where(s => s.IsCurrentOn(round.ClosingDate)).OrderBy(s => s.Id).ToList();
        // About four in five answer, up to the source's 104 (the full demo council reaches 104).
        var people = faker.Random.Shuffle(eligible).Take(Math.Min(SourceResponses, (int)Math.Round(eligible.Count * 0.85))).ToList();
        var n = people.Count;
        if (n == 0)
        {
            yield break;
        }

        int Scale(int count) => (int)Math.Round((double)count * n / SourceResponses, MidpointRounding.AwayFromZero);
        var complete = Scale(SourceComplete);
        var methodIds = methods.Select(m => m.Id).ToList();
        var byName = methods.ToDictionary(m => m.Name, m => m.Id);
        var sourceIds = SourceMeans.Select(s => byName[s.Method]).ToHashSet();

        // Who rates what: complete responses answer every method (the source's 14 mostly rated, the rest mostly
        // not used); incomplete ones stop part-way through the list.
        var ratings = people.Select(_ => new Dictionary<int, int?>()).ToList();
        var raters = methodIds.ToDictionary(id => id, _ => new List<int>());
        for (var i = 0; i < n; i++)
        {
            var answered = i < complete ? methodIds : methodIds.Take(faker.Random.Int(4, methodIds.Count - 4)).ToList();
            foreach (var id in answered)
            {
                var rates = faker.Random.Bool(sourceIds.Contains(id) ? 0.9f : 0.45f);
                ratings[i][id] = null;
                if (rates)
                {
                    raters[id].Add(i);
                }
            }
        }

        var means = SourceMeans.ToDictionary(s => byName[s.Method], s => s.Mean);
        foreach (var (id, who) in raters)
        {
            // Methods the source did not rank sit below its lowest mean (3.09), so the ranking keeps its shape.
            var values = RatingsWithMean(who.Count, means.GetValueOrDefault(id, faker.Random.Double(2.5, 3.0)));
            for (var k = 0; k < who.Count; k++)
            {
                ratings[who[k]][id] = values[k];
            }
        }

        var wishes = people.Select(_ => new List<int>()).ToList();
        foreach (var (method, count) in SourceWishes)
        {
            foreach (var i in faker.Random.Shuffle(Enumerable.Range(0, n)).Take(Scale(count)))
            {
                wishes[i].Add(byName[method]);
            }
        }

        // Everyone complete answered the barriers question, and about half of the rest.
        var answeredBarriers = Enumerable.Range(0, n).Where(i => i < complete || faker.Random.Bool()).ToList();
        var barriers = people.Select(_ => new List<SurveyBarrier>()).ToList();
        foreach (var (barrier, count) in Barriers)
        {
            foreach (var i in faker.Random.Shuffle(answeredBarriers).Take(Math.Min(answeredBarriers.Count, Scale(count))))
            {
                barriers[i].Add(barrier);
            }
        }

        for (var i = 0; i < n; i++)
        {
            var person = people[i];
            var day = round.OpenedOn.AddDays(faker.Random.Int(0, round.ClosingDate.DayNumber - round.OpenedOn.DayNumber));
            var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(faker.Random.Int(8, 17), faker.Random.Int(0, 59))), TimeSpan.Zero);
            var answers = new SurveyAnswers(
                ratings[i],
                wishes[i],
                barriers[i],
                NoBarriers: answeredBarriers.Contains(i) && barriers[i].Count == 0,
                OtherBarrier: barriers[i].Contains(SurveyBarrier.Other) ? faker.PickRandom(OtherBarriers) : null);
            yield return SurveyResponse.Submit(round, new SurveyRespondent(person.Id, person.TeamId, person.PathwayRoleId), answers, methodIds, alreadyAnswered: false, at, day);
        }
    }

    /// <summary>
    /// <paramref name="count"/> ratings from 1 to 5 spread around <paramref name="mean"/> whose total is as close to
    /// count × mean as whole numbers allow, in shuffled order.
    /// </summary>
    private List<int> RatingsWithMean(int count, double mean)
    {
        int[] spread = [0, 1, -1, 0, 1, -1, 2, -2, 0, -1, 1];
        var centre = (int)Math.Round(mean, MidpointRounding.AwayFromZero);
        var values = Enumerable.Range(0, count).Select(k => Math.Clamp(centre + spread[k % spread.Length], 1, 5)).ToList();
        var target = (int)Math.Round(mean * count, MidpointRounding.AwayFromZero);
        for (var k = 0; values.Sum() != target && k < count * 8; k++)
        {
            var index = k % count;
            var step = values.Sum() < target ? 1 : -1;
            values[index] = Math.Clamp(values[index] + step, 1, 5);
        }

        return faker.Random.Shuffle(values).ToList();
    }
}
