using CpdPortal.Application.Common;
using CpdPortal.Application.Registration;
using CpdPortal.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.Registration;

/// <summary>
/// Social Work England registration (CONTRACT: /my/registration, any staff member, own data only). The rule applies
/// to registered social workers; anyone else with a staff record gets a page that says so and shows no data.
/// </summary>
[Authorize(Policy = Policies.StaffMember)]
[Route("my/registration")]
public sealed class RegistrationController(RegistrationService registration, ICurrentUser user) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? page, CancellationToken ct)
    {
        var overview = await registration.GetOverviewAsync(user.StaffId, page, ct);
        if (overview is null)
        {
            return NotFound();
        }

        return overview.IsRegistered ? View(overview) : View("NotApplicable");
    }

    /// <summary>One completed entry in Social Work England's fields; anyone else's, a deleted one or a draft is 404.</summary>
    [HttpGet("entries/{activityId:int}")]
    public async Task<IActionResult> Entry(int activityId, CancellationToken ct)
    {
        var me = user.StaffId;

        // Someone else's entry is "not there" whether or not the rule applies to the person asking.
        var entry = await registration.GetEntryAsync(me, activityId, ct);
        if (entry is null)
        {
            return NotFound();
        }

        return await registration.IsRegisteredAsync(me, ct) is true ? View(entry) : View("NotApplicable");
    }
}
