using CpdPortal.Application.Common;
using CpdPortal.Application.Supervision;
using CpdPortal.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.MySupervision;

/// <summary>/my/supervision: my own supervision records, newest first, to read and acknowledge. Own data only.</summary>
[Authorize(Policy = Policies.StaffMember)]
[Route("my/supervision")]
public sealed class MySupervisionController(SupervisionSessionService sessions) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? page, CancellationToken ct) =>
        View(await sessions.MineAsync(User.StaffMemberId()!.Value, Paging.Normalise(page), ct));
}
