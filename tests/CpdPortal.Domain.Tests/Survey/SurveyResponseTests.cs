using CpdPortal.Domain.Common;
using CpdPortal.Domain.Survey;

namespace CpdPortal.Domain.Tests.Survey;

public class SurveyResponseTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);
    private static readonly int[] Methods = [1, 2, 3];
    private static readonly SurveyRespondent Sam = new(7, 3, 4);

    private static SurveyRound OpenRound() => SurveyRound.Open("Needs", Today.AddDays(10), Today, anotherRoundIsOpen: false);

    private static SurveyAnswers Answers(
        Dictionary<int, int?>? ratings = null,
        SurveyBarrier[]? barriers = null,
        bool noBarriers = false,
        string? other = null,
        int[]? wishes = null) =>
        new(ratings ?? new Dictionary<int, int?> { [1] = 5, [2] = null, [3] = 1 }, wishes ?? [2], barriers ?? [SurveyBarrier.Workload], noBarriers, other);

    [Fact]
    public void Submit_EveryMethodAndABarrier_IsComplete()
    {
        var response = SurveyResponse.Submit(OpenRound(), Sam, Answers(), Methods, alreadyAnswered: false, Now, Today);

        Assert.True(response.IsComplete);
        Assert.Equal([(1, (int?)5), (2, null), (3, 1)], response.Ratings.Select(r => (r.MethodId, r.Rating)));
        Assert.Equal([2], response.Wishes.Select(w => w.MethodId));
        Assert.Equal([SurveyBarrier.Workload], response.Barriers.Select(b => b.Barrier));
        Assert.Equal((7, 3, (int?)4, Now), (response.StaffMemberId, response.TeamId, response.PathwayRoleId, response.SubmittedAt));
    }

    [Fact]
    public void Submit_NoneOfTheBarriers_IsComplete()
    {
        var response = SurveyResponse.Submit(OpenRound(), Sam, Answers(barriers: [], noBarriers: true), Methods, alreadyAnswered: false, Now, Today);

        Assert.True(response.IsComplete);
        Assert.True(response.NoBarriers);
    }

    [Fact]
    public void Submit_AMethodLeftOut_IsSavedIncomplete()
    {
        var response = SurveyResponse.Submit(OpenRound(), Sam, Answers(ratings: new() { [1] = 4, [2] = null }), Methods, alreadyAnswered: false, Now, Today);

        Assert.False(response.IsComplete);
    }

    [Fact]
    public void Submit_BarriersQuestionLeftOut_IsSavedIncomplete()
    {
        var response = SurveyResponse.Submit(OpenRound(), Sam, Answers(barriers: []), Methods, alreadyAnswered: false, Now, Today);

        Assert.False(response.IsComplete);
    }

    [Fact]
    public void Submit_AlreadyAnswered_IsRefused()
    {
        var ex = Assert.Throws<DomainRuleException>(() => SurveyResponse.Submit(OpenRound(), Sam, Answers(), Methods, alreadyAnswered: true, Now, Today));

        Assert.Equal("survey.once", ex.Rule);
    }

    [Fact]
    public void Submit_RoundClosed_IsRefused()
    {
        var round = SurveyRound.Past("Needs 2025", new DateOnly(2025, 10, 1), new DateOnly(2025, 10, 31));

        var ex = Assert.Throws<DomainRuleException>(() => SurveyResponse.Submit(round, Sam, Answers(), Methods, alreadyAnswered: false, Now, Today));

        Assert.Equal("survey.closed", ex.Rule);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Submit_RatingOutOfRange_GivesTheMessageBesideTheMethod(int rating)
    {
        var ex = Assert.Throws<DomainValidationException>(() =>
            SurveyResponse.Submit(OpenRound(), Sam, Answers(ratings: new() { [1] = 3, [2] = rating }), Methods, alreadyAnswered: false, Now, Today));

        Assert.Equal([new FieldError("Method-2", "Select a rating from 1 to 5, or not used")], ex.Errors);
    }

    [Fact]
    public void Submit_UnknownMethod_IsRefused()
    {
        var ex = Assert.Throws<DomainValidationException>(() =>
            SurveyResponse.Submit(OpenRound(), Sam, Answers(ratings: new() { [99] = 3 }), Methods, alreadyAnswered: false, Now, Today));

        Assert.Equal("Methods", Assert.Single(ex.Errors).Field);
    }

    [Fact]
    public void Submit_UnknownWish_IsRefused()
    {
        var ex = Assert.Throws<DomainValidationException>(() =>
            SurveyResponse.Submit(OpenRound(), Sam, Answers(wishes: [99]), Methods, alreadyAnswered: false, Now, Today));

        Assert.Equal("Methods", Assert.Single(ex.Errors).Field);
    }

    [Fact]
    public void Submit_OtherWithoutText_AsksForIt()
    {
        var ex = Assert.Throws<DomainValidationException>(() =>
            SurveyResponse.Submit(OpenRound(), Sam, Answers(barriers: [SurveyBarrier.Other]), Methods, alreadyAnswered: false, Now, Today));

        Assert.Equal([new FieldError("OtherBarrier", "Enter the other barrier")], ex.Errors);
    }

    [Fact]
    public void Submit_OtherTextTooLong_IsRefused()
    {
        var ex = Assert.Throws<DomainValidationException>(() =>
            SurveyResponse.Submit(OpenRound(), Sam, Answers(barriers: [SurveyBarrier.Other], other: new string('x', 501)), Methods, alreadyAnswered: false, Now, Today));

        Assert.Equal([new FieldError("OtherBarrier", "Other barrier must be 500 characters or fewer")], ex.Errors);
    }

    [Fact]
    public void Submit_OtherTextWithoutOtherTicked_KeepsNoText()
    {
        var response = SurveyResponse.Submit(OpenRound(), Sam, Answers(other: "Parking"), Methods, alreadyAnswered: false, Now, Today);

        Assert.Null(response.OtherBarrier);
    }

    [Fact]
    public void Submit_NoneAndABarrier_IsRefused()
    {
        var ex = Assert.Throws<DomainValidationException>(() =>
            SurveyResponse.Submit(OpenRound(), Sam, Answers(noBarriers: true), Methods, alreadyAnswered: false, Now, Today));

        Assert.Equal("Barriers", Assert.Single(ex.Errors).Field);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(4, false)]
    [InlineData(5, true)]
    [InlineData(104, true)]
    public void CanShow_GroupSize_SuppressesGroupsUnderFive(int responses, bool shown)
    {
        Assert.Equal(shown, SurveyAnonymity.CanShow(responses));
    }
}
