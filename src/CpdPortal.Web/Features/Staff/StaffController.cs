using CpdPortal.Application.Administration;
using CpdPortal.Application.Common;
using CpdPortal.Domain.Common;
using CpdPortal.Infrastructure.Identity;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.Staff;

/// <summary>Staff records (CONTRACT: /admin/staff, Administrator): search, add, edit, leavers. Accounts: StaffAccountController.</summary>
[Authorize(Policy = Policies.Administrator)]
[Route("admin/staff")]
public sealed class StaffController(StaffAdminService staff, StaffAccountService accounts, SupervisorAssignmentService supervisors) : Controller
{
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
    public async Task<IActionResult> New(StaffForm form, CancellationToken ct)
    {
        ModelState.Clear();
        if (form.ToInput(ModelState) is { } input)
        {
            try
            {
                var id = await staff.CreateAsync(input, ct);
                TempData.Success("Staff member added");
                return Redirect($"/admin/staff/{id}");
            }
            catch (DomainValidationException ex)
            {
                ModelState.AddDomainErrors(ex);
            }
            catch (DomainRuleException ex)
            {
                ModelState.AddDomainError(ex, StaffForm.FieldFor(ex.Rule));
            }
        }

        return await InvalidAsync(form, ct);
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var details = await staff.GetAsync(id, ct);
        return details is null
            ? NotFound()
            : View(new StaffDetailsViewModel(details, await accounts.GetAsync(id, ct), await supervisors.HistoryAsync(id, ct), staff.Today));
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
    public async Task<IActionResult> Edit(int id, StaffForm form, CancellationToken ct)
    {
        ModelState.Clear();
        form.Id = id;
        if (form.ToInput(ModelState) is { } input)
        {
            try
            {
                if (!await staff.UpdateAsync(id, input, ct))
                {
                    return NotFound();
                }

                TempData.Success("Staff member updated");
                return Redirect($"/admin/staff/{id}");
            }
            catch (DomainValidationException ex)
            {
                ModelState.AddDomainErrors(ex);
            }
            catch (DomainRuleException ex)
            {
                ModelState.AddDomainError(ex, StaffForm.FieldFor(ex.Rule));
            }
        }

        return await staff.GetAsync(id, ct) is null ? NotFound() : await InvalidAsync(form, ct);
    }

    [HttpGet("{id:int}/leaver")]
    public async Task<IActionResult> Leaver(int id, CancellationToken ct)
    {
        var details = await staff.GetAsync(id, ct);
        return details is null ? NotFound() : View(new LeaverViewModel(details, new LeaverForm()));
    }

    [HttpPost("{id:int}/leaver")]
    public async Task<IActionResult> Leaver(int id, LeaverForm form, CancellationToken ct)
    {
        var details = await staff.GetAsync(id, ct);
        if (details is null)
        {
            return NotFound();
        }

        ModelState.Clear();
        var (date, error) = form.LeaveDate.Parse("the leaving date");
        if (date is { } leaveDate)
        {
            try
            {
                await staff.MarkAsLeaverAsync(id, leaveDate, ct);
                TempData.Success($"{details.FullName} is marked as leaving on {UkTimeFormat.Date(leaveDate)}");
                return Redirect($"/admin/staff/{id}");
            }
            catch (DomainRuleException ex)
            {
                error = ex.Message;
            }
        }

        ModelState.AddModelError("Form.LeaveDate.Day", error!);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(new LeaverViewModel(details, form));
    }

    [HttpPost("{id:int}/reinstate")]
    public async Task<IActionResult> Reinstate(int id, CancellationToken ct)
    {
        if (!await staff.ReinstateAsync(id, ct))
        {
            return NotFound();
        }

        TempData.Success("Staff member reinstated: they are no longer a leaver");
        return Redirect($"/admin/staff/{id}");
    }

    private async Task<IActionResult> InvalidAsync(StaffForm form, CancellationToken ct)
    {
        form.Options = await staff.FormOptionsAsync(ct);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Form", form);
    }
}

public sealed record StaffListViewModel(string? Query, PagedResult<StaffListRow> Results, IReadOnlySet<int> WithAccounts, DateOnly Today);

public sealed record StaffDetailsViewModel(StaffDetails Staff, AccountSummary? Account, IReadOnlyList<SupervisorLineRow> SupervisorHistory, DateOnly Today);

public sealed record LeaverViewModel(StaffDetails Staff, LeaverForm Form);
