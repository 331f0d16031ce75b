using System.Globalization;
using CpdPortal.Domain.Competence;
using CpdPortal.Domain.Training;

namespace CpdPortal.Web.Features.Assessment;

/// <summary>How stages, gaps and courses read on the practitioner's pages.</summary>
public static class StageText
{
    public const string NotAssessed = "Not yet assessed";

    public static string Name(DreyfusStage stage) => DreyfusStages.Name(stage);

    /// <summary>
    /// "Competent (agreed by your supervisor)", "Competent (set by your supervisor; you assessed Advanced beginner)",
    /// "Advanced beginner (your assessment)" or "Not yet assessed".
    /// </summary>
    public static string Current(CurrentStage? current)
    {
        if (current is null)
        {
            return NotAssessed;
        }

        var name = Name(current.Stage);
        if (!current.IsValidated)
        {
            return $"{name} (your assessment)";
        }

        return current.LatestSelfAssessed is { } mine && mine != current.Stage
            ? $"{name} (set by your supervisor; you assessed {Name(mine)})"
            : $"{name} (agreed by your supervisor)";
    }

    /// <summary>Who made an assessment in the history: "You" or "Your supervisor, Alex Morgan".</summary>
    public static string Kind(AssessmentKind kind, string assessedBy) =>
        kind == AssessmentKind.Validation ? $"Your supervisor, {assessedBy}" : "You";

    /// <summary>"Met" when nothing is left, else "1 stage" or "3 stages".</summary>
    public static string Gap(int stages) => stages switch
    {
        <= 0 => "Met",
        1 => "1 stage",
        _ => string.Create(CultureInfo.InvariantCulture, $"{stages} stages"),
    };

    /// <summary>The course's delivery as every page words it (one wording: CourseText).</summary>
    public static string Delivery(CourseDelivery delivery) => Shared.CourseText.Delivery(delivery);

    /// <summary>"1 hour", "7.4 hours", "44.4 hours".</summary>
    public static string Hours(decimal hours) => Shared.CourseText.Hours(hours);
}
