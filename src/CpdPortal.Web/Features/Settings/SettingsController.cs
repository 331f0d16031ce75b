using CpdPortal.Application.Administration;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Infrastructure;
using CpdPortal.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CpdPortal.Web.Features.Settings;

/// <summary>The council's settings (CONTRACT: /admin/settings, Administrator). Each changed setting is audited by name.</summary>
[Authorize(Policy = Policies.Administrator)]
[Route("admin/settings")]
public sealed class SettingsController(SettingsAdminService settings, CouncilName councilName, IOptions<CouncilOptions> council) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var (current, roles) = await settings.GetAsync(ct);
        var form = SettingsForm.From(current, roles);
        form.ConfiguredCouncilName = council.Value.Name;
        return View(form);
    }

    [HttpPost("")]
    [RedisplayOnRuleBroken(nameof(FormAgainAsync))]
    public async Task<IActionResult> Index(SettingsForm form, CancellationToken ct)
    {
        ModelState.Clear();
        var input = form.ToInput(ModelState);
        ModelState.ThrowIfUnreadable();
        await settings.SaveAsync(input!, ct);
        councilName.Forget();
        TempData.Success("Settings saved");
        return RedirectToAction(nameof(Index));
    }

    /// <summary>The settings form again, as posted, with the roles it lists.</summary>
    private async Task<IActionResult> FormAgainAsync(SettingsForm form, CancellationToken ct)
    {
        var (_, roles) = await settings.GetAsync(ct);
        form.Roles = roles;
        form.ConfiguredCouncilName = council.Value.Name;
        return View(nameof(Index), form);
    }
}
