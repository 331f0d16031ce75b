using CpdPortal.Application.Common;
using CpdPortal.Application.Notifications;
using CpdPortal.Domain.Notifications;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.EmailOutbox;

/// <summary>The outbox page's model: the filter as typed and the page of rows.</summary>
public sealed class EmailOutboxPage
{
    public string? Status { get; set; }

    public int? Page { get; set; }

    public string Provider { get; set; } = string.Empty;

    public OutboxCounts? Counts { get; set; }

    public PagedResult<OutboxRow>? Results { get; set; }

    public static readonly IReadOnlyList<(string Value, string Label)> Statuses =
    [
        (nameof(OutboxStatus.Pending), "Waiting to be sent"),
        (nameof(OutboxStatus.Sent), "Sent"),
        (nameof(OutboxStatus.Failed), "Failed"),
        (nameof(OutboxStatus.Held), "Held for a weekly summary"),
        (nameof(OutboxStatus.InDigest), "Sent in a weekly summary"),
    ];

    public static string Describe(OutboxStatus status) => Statuses.FirstOrDefault(s => s.Value == status.ToString()).Label ?? status.ToString();
}

/// <summary>
/// The email outbox for administrators (/admin/email): who was emailed what kind of notice, when, and whether it was
/// sent, is waiting or failed and why. Never the message body. Read-only; paged; filtered by status.
/// </summary>
[Authorize(Policy = Policies.Administrator)]
[Route("admin/email")]
public sealed class EmailOutboxController(OutboxAdminService outbox, IEmailSender sender) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] string? status, [FromQuery] int? page, CancellationToken ct)
    {
        ModelState.Clear();
        var model = new EmailOutboxPage { Status = status, Page = page, Provider = sender.Name };
        OutboxStatus? filter = null;
        if (!string.IsNullOrEmpty(status))
        {
            if (!EmailOutboxPage.Statuses.Any(s => s.Value == status) || !Enum.TryParse<OutboxStatus>(status, out var parsed))
            {
                ModelState.AddModelError("Status", "Select a status from the list");
                return View(model).Refused();
            }

            filter = parsed;
        }

        model.Counts = await outbox.CountsAsync(ct);
        model.Results = await outbox.PageAsync(filter, Paging.Normalise(page), ct);
        return View(model);
    }
}
