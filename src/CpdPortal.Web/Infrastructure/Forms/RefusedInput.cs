using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Infrastructure.Forms;

/// <summary>
/// The one way a page answers 400: the same view again, its messages already in the model state. A broken domain rule
/// gets there through <see cref="RedisplayOnRuleBrokenAttribute"/>; what no domain rule judges (a filter value not in
/// the list, a plan that is locked, Identity's password rules, a sign-in provider's bad answer) calls
/// <see cref="Refused"/> on the view it returns.
/// </summary>
public static class RefusedInput
{
    public static ViewResult Refused(this ViewResult view)
    {
        ArgumentNullException.ThrowIfNull(view);
        view.StatusCode = StatusCodes.Status400BadRequest;
        return view;
    }
}
