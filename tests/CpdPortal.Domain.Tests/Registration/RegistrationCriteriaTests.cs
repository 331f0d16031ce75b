using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Imports;
using CpdPortal.Domain.Registration;
using CpdPortal.Domain.Settings;

namespace CpdPortal.Domain.Tests.Registration;

public class RegistrationCriteriaTests
{
    private static readonly DatePeriod Year = new(new DateOnly(2025, 12, 1), new DateOnly(2026, 11, 30));
    private static readonly RegistrationRule Rule = new PortalSettings().RegistrationRule;
    private static readonly DateOnly Today = new(2026, 11, 22);

    private const string Learnt = "I learnt to write danger statements and safety goals in words a parent can understand.";
    private const string Impact = "I have rewritten the safety goals in two plans with the families, and the parents could see what we asked of them.";
    private const string Peer = "Discussing it with my supervisor helped me see that I had been writing plans for the conference, not the family.";

    private static CriteriaEntry Entry(
        int id = 1,
        DateOnly? date = null,
        ActivityStatus status = ActivityStatus.Complete,
        string? description = "Signs of Safety refresher run by the learning academy.",
        string? learnt = Learnt,
        string? impact = Impact,
        string? peer = Peer,
        string title = "Signs of Safety refresher") =>
        new(id, title, date ?? new DateOnly(2026, 3, 10), status, description, learnt, impact, peer);

    private static EntryAssessment One(CriteriaEntry entry) => RegistrationCriteria.Assess([entry], Year).Single();

    [Fact]
    public void Assess_CompleteEntryWithEveryAnswer_MeetsEveryCriterionAndCounts()
    {
        var result = One(Entry());

        Assert.All(result.Results, r => Assert.True(r.Met, r.Criterion.ToString()));
        Assert.True(result.Counts);
        Assert.True(result.HasPeerReflection);
        Assert.Empty(result.Missing);
        Assert.Equal(RegistrationCriteria.All, result.Results.Select(r => r.Criterion));
    }

    [Fact]
    public void Assess_Draft_DoesNotCount()
    {
        var result = One(Entry(status: ActivityStatus.Draft));

        Assert.False(result.IsMet(RegistrationCriterion.Completed));
        Assert.False(result.Counts);
        Assert.Equal(["Mark it complete: drafts do not count"], result.Missing);
    }

    [Theory]
    [InlineData(2025, 11, 30, false)]
    [InlineData(2025, 12, 1, true)]
    [InlineData(2026, 11, 30, true)]
    [InlineData(2026, 12, 1, false)]
    public void Assess_DateAtTheYearsEdges_IsInsideOnlyFromFirstDecemberToThirtiethNovember(int y, int m, int d, bool inside)
    {
        var result = One(Entry(date: new DateOnly(y, m, d)));

        Assert.Equal(inside, result.IsMet(RegistrationCriterion.DatedInYear));
        Assert.Equal(inside, result.Counts);
    }

    [Fact]
    public void Assess_DatedLastYear_SaysWhichYearCounts()
    {
        var result = One(Entry(date: new DateOnly(2025, 6, 1)));

        Assert.Equal(["It is dated outside the registration year 1 December 2025 to 30 November 2026: only CPD dated in the year counts"], result.Missing);
    }

    [Theory]
    [InlineData(null, "Say what you learnt")]
    [InlineData("   ", "Say what you learnt")]
    [InlineData("N/A", "Say what you learnt in at least 10 words")]
    [InlineData("Good course, learnt a lot about safety plans.", "Say what you learnt in at least 10 words")]
    public void Assess_WhatLearntMissingOrTooShort_IsNotMet(string? learnt, string toDo)
    {
        var result = One(Entry(learnt: learnt));

        Assert.False(result.IsMet(RegistrationCriterion.WhatLearnt));
        Assert.False(result.Counts);
        Assert.Equal([toDo], result.Missing);
    }

    [Fact]
    public void Assess_WhatLearntOfExactlyTenWords_IsMet()
    {
        var result = One(Entry(learnt: "one two three four five six seven eight nine ten"));

        Assert.True(result.IsMet(RegistrationCriterion.WhatLearnt));
    }

    [Fact]
    public void Assess_EmojiAndPunctuation_AreNotWords()
    {
        const string learnt = "one 😊 two three 🎉 ... four five six seven eight nine !!";

        var result = One(Entry(learnt: learnt));

        Assert.Equal(9, RegistrationCriteria.WordCount(learnt));
        Assert.False(result.IsMet(RegistrationCriterion.WhatLearnt));
        Assert.Equal(0, RegistrationCriteria.WordCount("😊 🎉 ... <> !!"));
    }

    [Fact]
    public void Assess_AnswerInAnotherScript_CountsItsWords()
    {
        var result = One(Entry(learnt: "Dysgais sut i ysgrifennu nodau diogelwch gyda'r teulu mewn geiriau clir"));

        Assert.True(result.IsMet(RegistrationCriterion.WhatLearnt));
    }

    [Fact]
    public void Assess_NoImpactAnswer_MissesBothImpactCriteria()
    {
        var result = One(Entry(impact: null));

        Assert.False(result.IsMet(RegistrationCriterion.ImpactOnPractice));
        Assert.False(result.IsMet(RegistrationCriterion.ImpactOnPeople));
        Assert.Equal(["Say what difference it made to your practice", "Say what difference it made to the children and families you support"], result.Missing);
    }

    [Fact]
    public void Assess_NoPeerReflection_StillCountsButHasNoReflection()
    {
        var result = One(Entry(peer: null));

        Assert.False(result.IsMet(RegistrationCriterion.PeerReflection));
        Assert.True(result.Counts);
        Assert.False(result.HasPeerReflection);
        Assert.Empty(result.Missing);
    }

    [Fact]
    public void Assess_CourseCompletionNotYetEdited_MeetsNeitherWrittenCriterion()
    {
        // Arrange: the entry an administrator's import makes, with its placeholder answers
        var details = ExternalCompletion.Details(1, "Data protection", "E-learning", new DateOnly(2026, 2, 1), 2m, false, []);
        var entry = new CriteriaEntry(1, details.Title!, details.Date!.Value, details.Status, details.Description, details.WhatLearnt, details.Impact, details.PeerReflection);

        // Act
        var result = One(entry);

        // Assert
        Assert.False(result.IsMet(RegistrationCriterion.WhatLearnt));
        Assert.False(result.IsMet(RegistrationCriterion.ImpactOnPractice));
        Assert.False(result.Counts);
    }

    [Fact]
    public void Assess_TwoUneditedCourseCompletions_AreNotNearCopiesOfEachOther()
    {
        var a = ExternalCompletion.Details(1, "Data protection", "E-learning", new DateOnly(2026, 2, 1), 2m, false, []);
        var b = ExternalCompletion.Details(1, "First aid at work", "St John", new DateOnly(2026, 3, 1), 6m, true, []);

        var results = RegistrationCriteria.Assess(
            [new(1, a.Title!, a.Date!.Value, a.Status, a.Description, a.WhatLearnt, a.Impact, null), new(2, b.Title!, b.Date!.Value, b.Status, b.Description, b.WhatLearnt, b.Impact, null)],
            Year);

        Assert.All(results, r => Assert.True(r.IsMet(RegistrationCriterion.NotANearCopy)));
    }

    [Fact]
    public void Assess_SameWritingTwice_TheLaterIsANearCopyAndTheEarlierCounts()
    {
        var results = RegistrationCriteria.Assess(
            [Entry(1, new DateOnly(2026, 2, 1), title: "First"), Entry(2, new DateOnly(2026, 5, 1), title: "Second")],
            Year);

        Assert.True(results[0].Counts);
        Assert.False(results[1].Counts);
        Assert.Equal(1, results[1].NearCopyOf!.ActivityId);
        Assert.Equal(["Its writing is a near-copy of \"First\" (1 February 2026): write this entry afresh"], results[1].Missing);
    }

    [Fact]
    public void Assess_SameDateTwice_TheHigherIdIsTheCopy()
    {
        var results = RegistrationCriteria.Assess([Entry(7), Entry(3)], Year);

        Assert.Null(results.Single(r => r.ActivityId == 3).NearCopyOf);
        Assert.Equal(3, results.Single(r => r.ActivityId == 7).NearCopyOf!.ActivityId);
    }

    [Fact]
    public void Assess_TwoThousandIdenticalEntries_EachLaterOneIsANearCopyOfTheFirstListed()
    {
        // Arrange: the same writing again and again (what a benchmark's repeated post makes); listed oldest first.
        var entries = Enumerable.Range(1, 2000)
            .Select(i => Entry(id: i, date: new DateOnly(2026, 1, 1).AddDays(i / 10)))
            .ToList();

        // Act
        var results = RegistrationCriteria.Assess(entries, Year);

        // Assert: the first is the original; every later one is a copy of the first entry listed (the first
        // identical earlier entry, as a full pairwise comparison also chooses).
        Assert.Null(results[0].NearCopyOf);
        Assert.All(results.Skip(1), r => Assert.Equal((1, 1.0), (r.NearCopyOf!.ActivityId, r.NearCopyOf.Similarity)));
    }

    [Theory]
    [InlineData(0, 10, false)]
    [InlineData(3, 10, true)]
    [InlineData(2, 10, false)]
    [InlineData(10, 10, true)]
    [InlineData(10, 3, true)]
    public void CouldBeNearCopies_SizesAloneBelowTheThreshold_AreNotCompared(int a, int b, bool could) =>
        Assert.Equal(could, NearCopies.CouldBeNearCopies(a, b));

    [Fact]
    public void CouldBeNearCopies_NeverRulesOutAPairTheFullComparisonWouldFind()
    {
        // Every pair of the curated near-copy examples that Similarity finds alike passes the size check too.
        foreach (var pair in NearCopyPairs.All)
        {
            var (sa, sb) = (NearCopies.Shingles(pair.First), NearCopies.Shingles(pair.Second));
            if (NearCopies.IsNearCopy(NearCopies.Similarity(sa, sb)))
            {
                Assert.True(NearCopies.CouldBeNearCopies(sa.Count, sb.Count));
            }
        }
    }

    [Fact]
    public void Assess_LastYearsEntryReused_IsANearCopy()
    {
        var results = RegistrationCriteria.Assess([Entry(1, new DateOnly(2025, 3, 1)), Entry(2, new DateOnly(2026, 3, 1))], Year);

        Assert.False(results[0].Counts); // last year's: outside this year
        Assert.False(results[1].IsMet(RegistrationCriterion.NotANearCopy));
    }

    [Fact]
    public void Assess_CopyOfADraft_IsNotANearCopy()
    {
        // A draft does not count, so copying its writing into a completed entry is writing it for the first time.
        var results = RegistrationCriteria.Assess([Entry(1, new DateOnly(2026, 2, 1), status: ActivityStatus.Draft), Entry(2, new DateOnly(2026, 5, 1))], Year);

        Assert.True(results[1].Counts);
    }

    [Fact]
    public void Assess_SameTitleDifferentWriting_IsNotANearCopy()
    {
        var pair = NearCopyPairs.All.Single(p => p.Name == "same course a year later, written afresh");
        var results = RegistrationCriteria.Assess(
            [Entry(1, new DateOnly(2026, 2, 1), description: pair.First, learnt: Learnt), Entry(2, new DateOnly(2026, 5, 1), description: pair.Second, learnt: "I learnt that my maps depended on the questions I asked, not only on what I saw.", impact: "I now start each visit with the family's own scaling and keep their words in the assessment.", peer: "My supervisor challenged whether my danger statement was really about the child's own experience.")],
            Year);

        Assert.All(results, r => Assert.True(r.Counts));
    }

    [Fact]
    public void AssessOne_UnknownId_IsNull()
    {
        Assert.Null(RegistrationCriteria.AssessOne(99, [Entry()], Year));
        Assert.NotNull(RegistrationCriteria.AssessOne(1, [Entry()], Year));
    }

    [Fact]
    public void EvaluateAssessed_CountsOnlyEntriesThatMeetTheCriteria()
    {
        // Arrange: one good entry with a reflection, one too short, one copy
        var assessed = RegistrationCriteria.Assess(
            [Entry(1, new DateOnly(2026, 2, 1)), Entry(2, new DateOnly(2026, 3, 1), learnt: "Good", description: "Team day", impact: "More confident in court now after the whole team day", peer: null), Entry(3, new DateOnly(2026, 4, 1))],
            Year);

        // Act
        var status = RegistrationCompliance.EvaluateAssessed(Rule, assessed, Today);

        // Assert
        Assert.Equal(1, status.CompletedEntries);
        Assert.Equal(1, status.EntriesWithPeerReflection);
        Assert.Equal(["Record 1 more piece of CPD that meets the criteria"], status.Missing);
    }

    [Fact]
    public void EvaluateAssessed_ReflectionOnlyOnAnEntryThatDoesNotCount_IsMissing()
    {
        var assessed = RegistrationCriteria.Assess(
            [Entry(1, new DateOnly(2026, 2, 1), peer: null, description: "Court skills training", learnt: Learnt + " Court.", impact: Impact + " Court."), Entry(2, new DateOnly(2026, 3, 1), peer: null, description: "Reading", learnt: "I learnt to look at places and peer groups where harm happens to teenagers.", impact: "I now map places and friendships in assessments of teenagers at risk outside the home."), Entry(3, new DateOnly(2026, 4, 1), learnt: "N/A")],
            Year);

        var status = RegistrationCompliance.EvaluateAssessed(Rule, assessed, Today);

        Assert.Equal(2, status.CompletedEntries);
        Assert.Equal(["Add a peer reflection to at least one piece of CPD that meets the criteria"], status.Missing);
    }

    [Fact]
    public void EvaluateAssessed_NothingThatCounts_AsksForTwo()
    {
        var status = RegistrationCompliance.EvaluateAssessed(Rule, [], Today);

        Assert.Equal(["Record 2 more pieces of CPD that meet the criteria", "Add a peer reflection to at least one piece of CPD that meets the criteria"], status.Missing);
    }
}
