using System.Globalization;
using CpdPortal.Application.Survey;
using CpdPortal.Domain.Survey;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CpdPortal.Web.Features.Survey;

/// <summary>
/// The survey form as posted: Ratings[methodId] = "1".."5" or "not-used"; Wishes = method ids; Barriers = barrier
/// names, or "None". What the user ticked is kept for the 400 re-render.
/// </summary>
public sealed class SurveyForm
{
    public const string NotUsed = "not-used";
    public const string NoBarriersValue = "None";

    public Dictionary<int, string> Ratings { get; set; } = [];

    public List<int> Wishes { get; set; } = [];

    public List<string> Barriers { get; set; } = [];

    public string? OtherBarrier { get; set; }

    [BindNever]
    public SurveyPage? Page { get; set; }

    public string? RatingOf(int methodId) => Ratings.GetValueOrDefault(methodId);

    public bool Ticked(SurveyBarrier barrier) => Barriers.Contains(barrier.ToString(), StringComparer.Ordinal);

    /// <summary>
    /// The domain's input. A rating that is not a number or "not-used" becomes 0, which the domain refuses beside its
    /// method; a barrier that is not in the list becomes 0 likewise. An empty rating is a method not answered.
    /// </summary>
    public SurveyAnswers ToAnswers()
    {
        var ratings = new Dictionary<int, int?>();
        foreach (var (methodId, value) in Ratings)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            ratings[methodId] = value == NotUsed ? null
                : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var rating) ? rating
                : 0;
        }

        var barriers = Barriers.Where(b => b != NoBarriersValue)
            .Select(b => Enum.TryParse<SurveyBarrier>(b, ignoreCase: false, out var barrier) && !int.TryParse(b, CultureInfo.InvariantCulture, out _) ? barrier : 0)
            .ToList();
        return new SurveyAnswers(ratings, Wishes, barriers, Barriers.Contains(NoBarriersValue, StringComparer.Ordinal), OtherBarrier);
    }
}
