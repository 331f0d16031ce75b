using CpdPortal.Domain.Common;
using CpdPortal.Domain.Survey;

namespace CpdPortal.Domain.Tests.Survey;

public class SurveyRoundTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    [Fact]
    public void Open_ClosingDateToday_OpensTheRoundFromToday()
    {
        var round = SurveyRound.Open(" Training needs 2026 ", Today, Today, anotherRoundIsOpen: false);

        Assert.Equal(("Training needs 2026", Today, Today), (round.Title, round.OpenedOn, round.ClosingDate));
        Assert.True(round.IsOpenOn(Today));
        Assert.False(round.IsOpenOn(Today.AddDays(1)));
    }

    [Fact]
    public void Open_ClosingDateInThePastAndNoTitle_GivesBothMessages()
    {
        var ex = Assert.Throws<DomainValidationException>(() => SurveyRound.Open(" ", Today.AddDays(-1), Today, anotherRoundIsOpen: false));

        Assert.Equal(
            [new FieldError("Title", "Enter a title for the round"), new FieldError("ClosingDate", "The closing date must be today or in the future")],
            ex.Errors);
    }

    [Fact]
    public void Open_NoClosingDate_AsksForIt()
    {
        var ex = Assert.Throws<DomainValidationException>(() => SurveyRound.Open("Needs", null, Today, anotherRoundIsOpen: false));

        Assert.Equal([new FieldError("ClosingDate", "Enter the closing date")], ex.Errors);
    }

    [Fact]
    public void Open_AnotherRoundOpen_IsRefused()
    {
        var ex = Assert.Throws<DomainRuleException>(() => SurveyRound.Open("Needs", Today.AddDays(30), Today, anotherRoundIsOpen: true));

        Assert.Equal("survey.oneOpen", ex.Rule);
    }

    [Fact]
    public void CloseEarly_OpenRound_StopsAnswersTodayAndMovesTheLastDay()
    {
        var round = SurveyRound.Open("Needs", Today.AddDays(30), Today.AddDays(-5), anotherRoundIsOpen: false);

        round.CloseEarly(Today);

        Assert.False(round.IsOpenOn(Today));
        Assert.Equal(Today, round.LastDay);
    }

    [Fact]
    public void CloseEarly_ClosedRound_IsRefused()
    {
        var round = SurveyRound.Past("Needs 2025", new DateOnly(2025, 10, 1), new DateOnly(2025, 10, 31));

        var ex = Assert.Throws<DomainRuleException>(() => round.CloseEarly(Today));

        Assert.Equal("survey.closed", ex.Rule);
    }
}
