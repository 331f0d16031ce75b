using CpdPortal.Application.Administration.Imports;
using CpdPortal.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace CpdPortal.Web.Features.Import;

/// <summary>
/// Answers an upload whose request is larger than <see cref="RequestLimit"/> with the import page, status 400 and
/// the 10 MB message, before anything (antiforgery included) reads the body: not the server's bare 413. Files
/// between 10 MB and the request limit reach the action, which gives the same message.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RefuseOversizedImportAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    /// <summary>The largest request an import upload reads: the 10 MB file plus room for the form around it.</summary>
    public const long RequestLimit = ImportCsvReader.MaxBytes + (2 * 1024 * 1024);

    public int Order => 0;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (http.Request.ContentLength is not > RequestLimit)
        {
            return;
        }

        var field = http.Request.Path.Value?.EndsWith("/completions", StringComparison.OrdinalIgnoreCase) == true ? ImportFiles.CompletionsField : ImportFiles.StaffField;
        context.ModelState.AddModelError(field, ImportCsvReader.TooLargeMessage);
        http.Response.Headers.Connection = "close"; // the body is never read
        var metadata = http.RequestServices.GetRequiredService<IModelMetadataProvider>();
        context.Result = new ViewResult
        {
            ViewName = ImportFiles.IndexView,
            ViewData = new ViewDataDictionary(metadata, context.ModelState),
        }.Refused();
    }
}
