using CpdPortal.Application.Pathways;
using CpdPortal.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.Pathway;

/// <summary>My career pathway: where I am, what the next role expects, and courses that would close the gap.</summary>
[Authorize(Policy = Policies.StaffMember)]
[Route("my/pathway")]
public sealed class PathwayController(PathwayService pathways) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var me = User.StaffMemberId() ?? throw new InvalidOperationException("The StaffMember policy lets only staff in.");
        var pathway = await pathways.GetAsync(me, ct);
        return pathway is null ? NotFound() : View(pathway);
    }
}
