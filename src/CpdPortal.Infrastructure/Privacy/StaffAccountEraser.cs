using CpdPortal.Application.Privacy;
using CpdPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Infrastructure.Privacy;

/// <summary>
/// Deletes a leaver's Identity account (the retention run, docs/adr/0020): one DELETE in the caller's transaction; the
/// database removes its roles, claims, external logins and tokens with it (Identity's cascades).
/// </summary>
public sealed class StaffAccountEraser(CpdPortalDbContext db) : IStaffAccountEraser
{
    public Task<int> EraseAsync(int staffMemberId, CancellationToken ct = default) =>
        db.Users.Where(u => u.StaffMemberId == staffMemberId).ExecuteDeleteAsync(ct);
}
