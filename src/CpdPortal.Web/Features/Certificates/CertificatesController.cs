using CpdPortal.Application.Training;
using CpdPortal.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.Certificates;

/// <summary>
/// Verifies a certificate for any signed-in staff member (CONTRACT: the /courses pages are for staff): name, course
/// and date only. The holder sees the printable certificate at the same address. An unknown or malformed code
/// answers 404; an account without a staff record, 403.
/// </summary>
[Authorize(Policy = Policies.StaffMember)]
[Route("courses/certificates")]
public sealed class CertificatesController(CertificateService certificates) : Controller
{
    [HttpGet("{code}")]
    public async Task<IActionResult> Show(string code, CancellationToken ct)
    {
        var certificate = await certificates.VerifyAsync(code, User.StaffMemberId(), ct);
        return certificate is null ? NotFound() : View(certificate);
    }
}
