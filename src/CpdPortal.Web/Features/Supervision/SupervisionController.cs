using CpdPortal.Application.Supervision;
using CpdPortal.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.Supervision;

/// <summary>The supervisor's pages. Only their own current supervisees are ever shown.</summary>
[Authorize(Policy = Policies.Supervisor)]
[Route("supervision")]
public sealed class SupervisionController(SuperviseeListService supervisees) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? page, CancellationToken ct)
    {
        var list = await supervisees.ListAsync(User.StaffMemberId()!.Value, page ?? 1, ct);
        return View(list);
    }
}
