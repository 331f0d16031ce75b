using System.Globalization;
using CpdPortal.Application.Training;
using CpdPortal.Domain.Training;
using CpdPortal.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CpdPortal.Web.Features.CourseFeedback;

/// <summary>The course feedback form: four ratings 1–5 and a comment.</summary>
public sealed class FeedbackViewModel
{
    public FeedbackForm? Course { get; set; }

    /// <summary>The form shown again after a broken rule: the form, not "already given", even if feedback exists.</summary>
    [BindNever]
    public bool Redisplayed { get; set; }

    public int? Relevance { get; set; }

    public int? Quality { get; set; }

    public int? ConfidenceBefore { get; set; }

    public int? ConfidenceAfter { get; set; }

    public string? Comment { get; set; }

    public FeedbackRatings Ratings() => new(Relevance, Quality, ConfidenceBefore, ConfidenceAfter, Comment);

    public RadiosModel RelevanceRadios() => Scale(nameof(Relevance), "How relevant was the course to your work?", "1 is not at all relevant, 5 is very relevant", Relevance);

    public RadiosModel QualityRadios() => Scale(nameof(Quality), "How good was the course?", "Think of the content, the trainer and the materials. 1 is poor, 5 is excellent", Quality);

    public RadiosModel BeforeRadios() => Scale(nameof(ConfidenceBefore), "How confident were you in this area of practice before the course?", "1 is not at all confident, 5 is very confident", ConfidenceBefore);

    public RadiosModel AfterRadios() => Scale(nameof(ConfidenceAfter), "How confident are you now?", "1 is not at all confident, 5 is very confident", ConfidenceAfter);

    private static RadiosModel Scale(string name, string legend, string hint, int? selected) =>
        new(
            name,
            legend,
            hint,
            selected?.ToString(CultureInfo.InvariantCulture),
            Enumerable.Range(Domain.Training.CourseFeedback.LowestRating, Domain.Training.CourseFeedback.HighestRating).Select(n => new RadioOption(n.ToString(CultureInfo.InvariantCulture), n.ToString(CultureInfo.InvariantCulture))).ToList(),
            Inline: true);
}
