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
        CourseDelivery.ELearning => "E-learning on the VLE",
        CourseDelivery.Blended => "Blended",
        _ => delivery.ToString(),
    };

    public static string Hours(decimal hours) => hours.ToString("0.##", CultureInfo.InvariantCulture) + (hours == 1 ? " hour" : " hours");

    /// <summary>Parses a delivery from the form ("FaceToFace"...), or null.</summary>
    public static CourseDelivery? ParseDelivery(string? typed) =>
        Enum.TryParse<CourseDelivery>(typed, ignoreCase: false, out var d) && Deliveries.Contains(d) && typed == d.ToString() ? d : null;
}
