using CpdPortal.Application.Common;
using CpdPortal.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Infrastructure.Persistence;

/// <summary>Reads the council's name from the settings row; a database that cannot be read is said in one exception type.</summary>
public sealed class CouncilNameSource(ICpdPortalDbContext db) : ICouncilNameSource
{
    public async Task<string?> ReadAsync(CancellationToken ct = default)
    {
        try
        {
            return await db.Settings.AsNoTracking().Where(s => s.Id == PortalSettings.SingletonId).Select(s => s.CouncilName).SingleOrDefaultAsync(ct);
        }
        catch (Exception ex) when (ex is InvalidOperationException or DbUpdateException or System.Data.Common.DbException)
        {
            throw new CouncilNameUnavailableException("The settings could not be read.", ex);
        }
    }
}
