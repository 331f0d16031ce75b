using CpdPortal.Application.Administration;
using CpdPortal.Application.Common;
using CpdPortal.Infrastructure.Identity;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Infrastructure;
using CpdPortal.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.Staff;

/// <summary>Staff records (CONTRACT: /admin/staff, Administrator): search, add, edit, leavers. Accounts: StaffAccountController.</summary>
[Authorize(Policy = Policies.Administrator)]
[Route("admin/staff")]
public sealed class StaffController(StaffAdminService staff, StaffAccountService accounts, SupervisorAssignmentService supervisors) : Controller
{
    private const string LeaveDateField = "Form.LeaveDate.Day";

    /// <summary>How many FTE changes the staff page shows, newest first.</summary>
    public const int WorkingPatternHistoryShown = 20;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, int? page, CancellationToken ct)
    {
        if (q?.Length > 200)
        {
            q = q[..200];
        }

        var results = await staff.SearchAsync(q, Paging.Normalise(page), ct);
        var withAccounts = await accounts.WithAccountsAsync(results.Items.Select(r => r.Id).ToList(), ct);
        return View(new StaffListViewModel(q, results, withAccounts, staff.Today));
    }

    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken ct) =>
        View("Form", new StaffForm { Options = await staff.FormOptionsAsync(ct), EmploymentType = "Permanent" });

    [HttpPost("new")]
    [RedisplayOnRuleBroken(nameof(StaffFormAgain))]
    public async Task<IActionResult> New(StaffForm form, CancellationToken ct)
    {
        ModelState.Clear();
        var input = form.ToInput(ModelState);
        ModelState.ThrowIfUnreadable();
        var id = await staff.CreateAsync(input!, ct);
        TempData.Success("Staff member added");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var details = await staff.GetAsync(id, ct);
        return details is null
            ? NotFound()
            : View(new StaffDetailsViewModel(details, await accounts.GetAsync(id, ct), await supervisors.HistoryAsync(id, ct), staff.Today, await staff.WorkingPatternHistoryAsync(id, WorkingPatternHistoryShown, ct)));
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var details = await staff.GetAsync(id, ct);
        if (details is null)
        {
            return NotFound();
        }

        var form = StaffForm.From(details);
        form.Options = await staff.FormOptionsAsync(ct);
        return View("Form", form);
    }

    [HttpPost("{id:int}/edit")]
    [RedisplayOnRuleBroken(nameof(StaffFormAgain))]
    public async Task<IActionResult> Edit(int id, StaffForm form, CancellationToken ct)
    {
        ModelState.Clear();
        form.Id = id;
        if (await staff.GetAsync(id, ct) is null)
        {
            return NotFound();
        }

        var input = form.ToInput(ModelState);
        ModelState.ThrowIfUnreadable();
        if (!await staff.UpdateAsync(id, input!, ct))
        {
            return NotFound();
        }

        TempData.Success("Staff member updated");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet("{id:int}/leaver")]
    public async Task<IActionResult> Leaver(int id, CancellationToken ct)
    {
        var details = await staff.GetAsync(id, ct);
        return details is null ? NotFound() : View(new LeaverViewModel(details, new LeaverForm()));
    }

    [HttpPost("{id:int}/leaver")]
    [RedisplayOnRuleBroken(nameof(LeaverForm), Field = LeaveDateField)]
    public async Task<IActionResult> Leaver(int id, LeaverForm form, CancellationToken ct)
    {
        var details = await staff.GetAsync(id, ct);
        if (details is null)
        {
            return NotFound();
        }

        ModelState.Clear();
        var (date, error) = form.LeaveDate.Parse("the leaving date");
        if (error is not null)
        {
            ModelState.AddModelError(LeaveDateField, error);
        }

        ModelState.ThrowIfUnreadable();
        await staff.MarkAsLeaverAsync(id, date!.Value, ct);
        TempData.Success($"{details.FullName} is marked as leaving on {UkTimeFormat.Date(date.Value)}");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost("{id:int}/reinstate")]
    public async Task<IActionResult> Reinstate(int id, CancellationToken ct)
    {
        if (!await staff.ReinstateAsync(id, ct))
        {
            return NotFound();
        }

        TempData.Success("Staff member reinstated: they are no longer a leaver");
        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task<IActionResult> StaffFormAgain(StaffForm form, CancellationToken ct)
    {
        form.Options = await staff.FormOptionsAsync(ct);
        return View("Form", form);
    }

    private async Task<IActionResult> LeaverForm(int id, LeaverForm form, CancellationToken ct) =>
        await staff.GetAsync(id, ct) is { } details ? View(nameof(Leaver), new LeaverViewModel(details, form)) : NotFound();
}

public sealed record StaffListViewModel(string? Query, PagedResult<StaffListRow> Results, IReadOnlySet<int> WithAccounts, DateOnly Today);

public sealed record StaffDetailsViewModel(StaffDetails Staff, AccountSummary? Account, IReadOnlyList<SupervisorLineRow> SupervisorHistory, DateOnly Today, IReadOnlyList<WorkingPatternChangeRow> WorkingPatternHistory);

public sealed record LeaverViewModel(StaffDetails Staff, LeaverForm Form);
