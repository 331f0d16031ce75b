using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace CpdPortal.Web.Infrastructure;

/// <summary>
/// The one-off message for the next page: a success after Post/Redirect/Get, or an important notice when a page
/// sends someone elsewhere (the layout shows either as a GOV.UK notification banner). Never put personal free text
/// in it.
/// </summary>
public static class Flash
{
    public const string SuccessKey = "flash-success";

    public const string ImportantKey = "flash-important";

    public static void Success(this ITempDataDictionary tempData, string message) => tempData[SuccessKey] = message;

    public static void Important(this ITempDataDictionary tempData, string message) => tempData[ImportantKey] = message;
}
