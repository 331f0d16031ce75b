using System.Globalization;
using CpdPortal.Application.Activities;
using CpdPortal.Application.Auditing;
using CpdPortal.Application.Privacy;
using CpdPortal.Domain.Auditing;
using CpdPortal.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.SubjectAccess;

/// <summary>
/// /my/export/everything: a person downloads everything the portal holds about them as one zip (subject access,
/// issue 14). Offered on /my/export. Audited; the zip is streamed.
/// </summary>
[Authorize(Policy = Policies.StaffMember)]
[Route("my/export/everything")]
public sealed partial class MySubjectAccessController(SubjectAccessService subjectAccess, IEvidenceStore evidence, IAuditLog audit, ILogger<MySubjectAccessController> logger) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Download(CancellationToken ct)
    {
        if (User.StaffMemberId() is not { } me || await subjectAccess.GatherAsync(me, ct) is not { } data)
        {
            return NotFound();
        }

        await audit.RecordAsync(AuditActions.SubjectAccessExported, AuditEntityTypes.StaffMember, me.ToString(CultureInfo.InvariantCulture), ct);
        LogDownload(logger, me, data.EvidenceFiles.Count);
        return new SubjectAccessZipResult(data, evidence);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Staff member {StaffMemberId} downloaded their data with {EvidenceCount} evidence files")]
    private static partial void LogDownload(ILogger logger, int staffMemberId, int evidenceCount);
}

/// <summary>
/// /admin/staff/{id}/subject-access: an administrator produces the same zip for any person on request (a subject-access
/// request made to the council). Audited with the person's staff id; an unknown person answers 404.
/// </summary>
[Authorize(Policy = Policies.Administrator)]
[Route("admin/staff/{id:int}/subject-access")]
public sealed partial class StaffSubjectAccessController(SubjectAccessService subjectAccess, IEvidenceStore evidence, IAuditLog audit, ILogger<StaffSubjectAccessController> logger) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int id, CancellationToken ct)
    {
        var person = await subjectAccess.PersonAsync(id, ct);
        return person is null ? NotFound() : View("~/Features/SubjectAccess/Index.cshtml", person);
    }

    [HttpGet("download")]
    public async Task<IActionResult> Download(int id, CancellationToken ct)
    {
        if (await subjectAccess.GatherAsync(id, ct) is not { } data)
        {
            return NotFound();
        }

        await audit.RecordAsync(AuditActions.SubjectAccessExported, AuditEntityTypes.StaffMember, id.ToString(CultureInfo.InvariantCulture), ct);
        LogDownload(logger, id, data.EvidenceFiles.Count);
        return new SubjectAccessZipResult(data, evidence);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "An administrator downloaded the data held about staff member {StaffMemberId} with {EvidenceCount} evidence files")]
    private static partial void LogDownload(ILogger logger, int staffMemberId, int evidenceCount);
}
