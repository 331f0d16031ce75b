using CpdPortal.Application.Dashboard;
using CpdPortal.Web.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.Home;

/// <summary>The role-aware home page: any signed-in user (the fallback policy).</summary>
public sealed class HomeController(DashboardService dashboards) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var dashboard = await dashboards.GetAsync(User.ToCurrentUser(), User.DisplayName(), ct);
        return View(dashboard);
    }
}
