using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace CpdPortal.Web.Features.Activities;

/// <summary>
/// An upload that declares more bytes than <see cref="EvidenceController.UploadRequestLimit"/> is answered before
/// anything reads it: back to the activity with the friendly "must be smaller than" message. Without this, the
/// antiforgery check would start reading the form, the server would reject the body, and the browser would get a
/// broken connection instead of a page. Runs before the antiforgery filter (order 1000); it changes nothing.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RefuseOversizedUploadAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    public const string TempDataKey = "evidence-too-large";

    public int Order => 0;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (http.Request.ContentLength is not > EvidenceController.UploadRequestLimit)
        {
            return;
        }

        var id = Convert.ToString(context.RouteData.Values["id"], CultureInfo.InvariantCulture);
        var tempData = http.RequestServices.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(http);
        tempData[TempDataKey] = true;
        tempData.Save();

        // The body is never read, so the server closes the connection after this short answer.
        http.Response.Headers.Connection = "close";
        context.Result = new RedirectToActionResult(nameof(ActivitiesController.Details), "Activities", new { id });
    }
}
