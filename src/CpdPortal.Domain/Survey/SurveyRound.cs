using CpdPortal.Domain.Common;

namespace CpdPortal.Domain.Survey;

/// <summary>
/// One round of the annual training-needs survey: open from the day the L&amp;D team opens it until its closing date,
/// unless they close it early. Only one round is open at a time.
/// </summary>
public sealed class SurveyRound
{
    private SurveyRound()
    {
        Title = string.Empty;
    }

    private SurveyRound(string title, DateOnly openedOn, DateOnly closingDate)
    {
        Title = title;
        OpenedOn = openedOn;
        ClosingDate = closingDate;
    }

    /// <summary>The rule code when another round is still open (checked here; the database is the backstop for races).</summary>
    public const string OneOpenRule = "survey.oneOpen";

    /// <summary>What the L&amp;D team is told when another round is still open.</summary>
    public const string OneOpenMessage = "Another survey round is still open. Close it before you open a new one";

    public int Id { get; private set; }

    public string Title { get; private set; }

    public DateOnly OpenedOn { get; private set; }

    /// <summary>The last day answers are taken, as announced when the round opened.</summary>
    public DateOnly ClosingDate { get; private set; }

    /// <summary>The day the L&amp;D team closed the round before its closing date; null if it ran its course.</summary>
    public DateOnly? ClosedEarlyOn { get; private set; }

    /// <summary>The round's last day: the closing date, or the day it was closed early (for the response rate).</summary>
    public DateOnly LastDay => ClosedEarlyOn ?? ClosingDate;

    /// <summary>Taking answers: opened, not past its closing date, and not closed early.</summary>
    public bool IsOpenOn(DateOnly day) => ClosedEarlyOn is null && OpenedOn <= day && day <= ClosingDate;

    /// <summary>
    /// Opens a round today. <paramref name="anotherRoundIsOpen"/> says whether any other round is still open; only
    /// one may be at a time.
    /// </summary>
    public static SurveyRound Open(string? title, DateOnly? closingDate, DateOnly today, bool anotherRoundIsOpen)
    {
        var errors = new List<FieldError>();
        string? checkedTitle = null;
        try
        {
            checkedTitle = Guard.Text(title, FieldLengths.Title, "survey.title", "a title for the round");
        }
        catch (DomainRuleException ex)
        {
            errors.Add(new FieldError("Title", ex.Message));
        }

        if (closingDate is null)
        {
            errors.Add(new FieldError("ClosingDate", "Enter the closing date"));
        }
        else if (closingDate < today)
        {
            errors.Add(new FieldError("ClosingDate", "The closing date must be today or in the future"));
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        if (anotherRoundIsOpen)
        {
            throw new DomainRuleException(OneOpenRule, OneOpenMessage);
        }

        return new SurveyRound(checkedTitle!, today, closingDate!.Value);
    }

    /// <summary>For the demo data and imports: a round that ran in the past.</summary>
    public static SurveyRound Past(string title, DateOnly openedOn, DateOnly closingDate)
    {
        if (closingDate < openedOn)
        {
            throw new DomainRuleException("survey.closingDate", "The closing date must be the same as or after the opening date");
        }

        return new SurveyRound(Guard.Text(title, FieldLengths.Title, "survey.title", "a title for the round"), openedOn, closingDate);
    }

    /// <summary>Stops taking answers at once, before the closing date.</summary>
    public void CloseEarly(DateOnly today)
    {
        if (!IsOpenOn(today))
        {
            throw new DomainRuleException("survey.closed", "This survey round is already closed");
        }

        ClosedEarlyOn = today;
    }
}
