using CpdPortal.Application.Common;
using CpdPortal.Application.Notifications;
using CpdPortal.Domain.Notifications;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Infrastructure;
using CpdPortal.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.EmailPreferences;

/// <summary>The email preferences form: what it posts and what it shows.</summary>
public sealed class EmailPreferencesForm
{
    /// <summary>Immediate or WeeklyDigest.</summary>
    public string? Frequency { get; set; }

    /// <summary>The optional kinds I stop, by name.</summary>
    public List<string> Stopped { get; set; } = [];
}

/// <summary>
/// My email preferences (/my/email-preferences, any staff member, own only): immediate emails or a weekly digest,
/// and which optional notices to stop. Required notices are listed but cannot be stopped.
/// </summary>
[Authorize(Policy = Policies.StaffMember)]
[Route("my/email-preferences")]
public sealed class EmailPreferencesController(EmailPreferenceService preferences, ICurrentUser user) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var mine = await preferences.GetAsync(user.StaffId, ct);
        return View(new EmailPreferencesForm { Frequency = mine.Frequency.ToString(), Stopped = mine.Stopped.Select(k => k.ToString()).ToList() });
    }

    [HttpPost("")]
    [RedisplayOnRuleBroken(nameof(PreferencesForm))]
    public async Task<IActionResult> Save(EmailPreferencesForm form, CancellationToken ct)
    {
        ModelState.Clear(); // the strings always bind; the domain gives the messages
        await preferences.SaveAsync(user.StaffId, form.Frequency, form.Stopped, ct);
        TempData.Success("Your email preferences are saved");
        return RedirectToAction(nameof(Index));
    }

    private ViewResult PreferencesForm(EmailPreferencesForm form)
    {
        form.Stopped = form.Stopped.Where(n => NotificationKinds.Parse(n) is { } k && !NotificationKinds.IsRequired(k)).ToList();
        return View(nameof(Index), form);
    }
}
