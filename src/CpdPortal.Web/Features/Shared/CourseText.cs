using System.Globalization;
using CpdPortal.Domain.Training;

namespace CpdPortal.Web.Features.Shared;

/// <summary>How course facts read on every page that shows them.</summary>
public static class CourseText
{
    public static readonly IReadOnlyList<CourseDelivery> Deliveries =
        [CourseDelivery.FaceToFace, CourseDelivery.OnlineLive, CourseDelivery.ELearning, CourseDelivery.Blended];

    public static string Delivery(CourseDelivery delivery) => delivery switch
    {
        CourseDelivery.FaceToFace => "Face to face",
        CourseDelivery.OnlineLive => "Online, live",
        CourseDelivery.ELearning => "E-learning",
        CourseDelivery.Blended => "Blended",
        _ => delivery.ToString(),
    };

    /// <summary>"1 hour", "7.4 hours", "44.4 hours".</summary>
    public static string Hours(decimal hours) =>
        hours == 1m ? "1 hour" : hours.ToString("0.##", CultureInfo.InvariantCulture) + " hours";

    /// <summary>Parses a delivery from the form ("FaceToFace"...), or null.</summary>
    public static CourseDelivery? ParseDelivery(string? typed) =>
        Enum.TryParse<CourseDelivery>(typed, ignoreCase: false, out var d) && Deliveries.Contains(d) && typed == d.ToString() ? d : null;
}
