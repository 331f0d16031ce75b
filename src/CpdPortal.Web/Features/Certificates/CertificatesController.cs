using CpdPortal.Application.Training;
using CpdPortal.Web.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.Certificates;

/// <summary>
/// Verifies a certificate for any signed-in user (the fallback policy): name, course and date only. The holder sees
/// the printable certificate at the same address. An unknown or malformed code answers 404.
/// </summary>
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
