using CpdPortal.Application.Administration;
using CpdPortal.Domain.Common;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Infrastructure;
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
    public async Task<IActionResult> Index(SettingsForm form, CancellationToken ct)
    {
        ModelState.Clear();
        if (form.ToInput(ModelState) is { } input)
        {
            try
            {
                await settings.SaveAsync(input, ct);
                councilName.Forget();
                TempData.Success("Settings saved");
                return Redirect("/admin/settings");
            }
            catch (DomainValidationException ex)
            {
                ModelState.AddDomainErrors(ex);
            }
        }

        var (_, roles) = await settings.GetAsync(ct);
        form.Roles = roles;
        form.ConfiguredCouncilName = council.Value.Name;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(form);
    }
}
