using CpdPortal.Application.Certifications;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.MyCertifications;

/// <summary>Which compliance panel to draw.</summary>
public enum CompliancePanel
{
    /// <summary>The signed-in practitioner's own (home page).</summary>
    Mine,

    /// <summary>The signed-in supervisor's current supervisees (home page).</summary>
    Team,

    /// <summary>One supervisee's, on their overview; the page has already checked the supervisor may see them.</summary>
    Supervisee,
}

/// <summary>
/// The compliance panels, self-contained so the home page and a supervisee's overview only render them: one SQL
/// command for the statuses, and one more for the renewing courses when something needs renewing (ComplianceService).
/// </summary>
public sealed class ComplianceViewComponent(ComplianceService compliance) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(CompliancePanel panel, int? staffMemberId = null)
    {
        var ct = HttpContext.RequestAborted;
        switch (panel)
        {
            case CompliancePanel.Mine when UserClaimsPrincipal.StaffMemberId() is { } me:
                return View("Mine", new ComplianceCardModel(await compliance.ForPersonAsync(me, ct), true));
            case CompliancePanel.Team when UserClaimsPrincipal.StaffMemberId() is { } supervisor:
                return View("Team", await compliance.ForSupervisorAsync(supervisor, ct));
            case CompliancePanel.Supervisee when staffMemberId is { } id:
                return View("Supervisee", new ComplianceCardModel(await compliance.ForPersonAsync(id, ct), true));
            default:
                return Content(string.Empty);
        }
    }
}
