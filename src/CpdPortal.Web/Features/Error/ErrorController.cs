using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.Error;

/// <summary>
/// The 403, 404 and 500 pages. Reached only by re-execution from the error middleware; they show a correlation id
/// that matches the log line, never a stack trace.
/// </summary>
[AllowAnonymous]
[ApiExplorerSettings(IgnoreApi = true)]
[Route("error")]
public sealed class ErrorController(ILogger<ErrorController> logger) : Controller
{
    [Route("")]
    [IgnoreAntiforgeryToken]
    public IActionResult Unhandled()
    {
        var feature = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        if (feature is null)
        {
            return NotFoundPage();
        }

        var correlationId = CorrelationId();
        logger.LogError(feature.Error, "Unhandled error {CorrelationId} on {Method} {Path}", correlationId, Request.Method, feature.Path);
        return Page(StatusCodes.Status500InternalServerError, correlationId);
    }

    [Route("{statusCode:int}")]
    [IgnoreAntiforgeryToken]
    public IActionResult Status(int statusCode)
    {
        if (HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is null)
        {
            return NotFoundPage(); // /error/404 typed in directly is just an unknown page
        }

        return Page(statusCode, CorrelationId());
    }

    private ViewResult NotFoundPage() => Page(StatusCodes.Status404NotFound, CorrelationId());

    private ViewResult Page(int statusCode, string correlationId)
    {
        var (title, message) = statusCode switch
        {
            StatusCodes.Status400BadRequest => ("There is a problem with your request", "Check what you entered and try again."),
            StatusCodes.Status403Forbidden => ("You do not have permission to view this page", "If you think you should have access, ask your system administrator."),
            StatusCodes.Status429TooManyRequests => ("Too many attempts", CpdPortal.Web.Infrastructure.RateLimits.TryAgainMessage(HttpContext)),
            StatusCodes.Status404NotFound => ("Page not found", "If you typed the web address, check it is correct. If you pasted the web address, check you copied the entire address."),
            >= 500 => ("Sorry, there is a problem with the service", "Try again later. If the problem continues, contact your system administrator and give them the reference below."),
            _ => ("Sorry, something went wrong", "Try again later."),
        };
        Response.StatusCode = statusCode;
        return View("Error", new ErrorViewModel(statusCode, title, message, correlationId));
    }

    private string CorrelationId() => Activity.Current?.TraceId.ToString() ?? HttpContext.TraceIdentifier;
}
