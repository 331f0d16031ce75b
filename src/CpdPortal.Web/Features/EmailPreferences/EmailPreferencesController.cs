using CpdPortal.Application.Notifications;
using CpdPortal.Domain.Common;
using CpdPortal.Domain.Notifications;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Infrastructure;
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
public sealed class EmailPreferencesController(EmailPreferenceService preferences) : Controller
{
    private int Me => User.StaffMemberId() ?? throw new InvalidOperationException("The StaffMember policy lets only staff in.");

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var mine = await preferences.GetAsync(Me, ct);
        return View(new EmailPreferencesForm { Frequency = mine.Frequency.ToString(), Stopped = mine.Stopped.Select(k => k.ToString()).ToList() });
    }

    [HttpPost("")]
    public async Task<IActionResult> Save(EmailPreferencesForm form, CancellationToken ct)
    {
        ModelState.Clear(); // the strings always bind; the domain gives the messages
        try
        {
            await preferences.SaveAsync(Me, form.Frequency, form.Stopped, ct);
        }
        catch (DomainValidationException ex)
        {
            ModelState.AddDomainErrors(ex);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            form.Stopped = form.Stopped.Where(n => NotificationKinds.Parse(n) is { } k && !NotificationKinds.IsRequired(k)).ToList();
            return View(nameof(Index), form);
        }

        TempData.Success("Your email preferences are saved");
        return LocalRedirect("/my/email-preferences");
    }
}
