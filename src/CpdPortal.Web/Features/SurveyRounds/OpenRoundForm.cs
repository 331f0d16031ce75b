using CpdPortal.Web.Infrastructure;

namespace CpdPortal.Web.Features.SurveyRounds;

/// <summary>The form that opens a survey round: a title and a closing date (today or later).</summary>
public sealed class OpenRoundForm
{
    public string? Title { get; set; }

    public DateInput ClosingDate { get; set; } = new();
}
