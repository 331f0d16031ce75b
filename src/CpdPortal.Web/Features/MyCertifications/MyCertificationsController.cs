using CpdPortal.Application.Certifications;
using CpdPortal.Application.Common;
using CpdPortal.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.MyCertifications;

/// <summary>/my/certifications: what my role requires, where I stand, the courses that renew it, and my full history.</summary>
[Authorize(Policy = Policies.StaffMember)]
[Route("my/certifications")]
public sealed class MyCertificationsController(ComplianceService compliance) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? page, CancellationToken ct)
    {
        var me = User.StaffMemberId() ?? throw new InvalidOperationException("The StaffMember policy lets only staff in.");
        return View(new MyCertificationsViewModel(await compliance.ForPersonAsync(me, ct), await compliance.HistoryAsync(me, page, ct)));
    }
}

public sealed record MyCertificationsViewModel(PersonCompliance Required, PagedResult<AwardRow> History);
