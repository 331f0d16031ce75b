using CpdPortal.Domain.Auditing;
using CpdPortal.Infrastructure.Persistence;
using CpdPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CpdPortal.IntegrationTests.Administration;

public static class AuditTestData
{
    /// <summary>The audit entries matching <paramref name="filter"/>, newest first.</summary>
    public static Task<List<AuditEntry>> AuditEntriesAsync(this CpdPortalFactory factory, Func<IQueryable<AuditEntry>, IQueryable<AuditEntry>> filter) =>
        factory.WithScopeAsync(sp => filter(sp.GetRequiredService<CpdPortalDbContext>().AuditEntries.AsNoTracking()).OrderByDescending(a => a.Id).ToListAsync());
}
