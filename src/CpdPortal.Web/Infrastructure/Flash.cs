using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace CpdPortal.Web.Infrastructure;

/// <summary>
/// The one-off success message after Post/Redirect/Get: set it in the POST, the layout shows it as a GOV.UK
/// success banner on the next page. Never put personal free text in it.
/// </summary>
public static class Flash
{
    public const string SuccessKey = "flash-success";

    public static void Success(this ITempDataDictionary tempData, string message) => tempData[SuccessKey] = message;
}
