using System.Data.Common;
using CpdPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Administration;

/// <summary>The audit log is append-only in the database itself (docs/adr/0008, 0015): UPDATE and DELETE are refused.</summary>
public sealed class AuditAppendOnlyTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    [Fact]
    public async Task ExecuteUpdate_AnAuditEntry_IsRefusedAndNothingChanges()
    {
        // Arrange
        var entry = (await factory.AuditEntriesAsync(q => q.Take(1))).Single();

        // Act
        var refused = await Record.ExceptionAsync(() => factory.WithDbAsync(db =>
            db.AuditEntries.Where(a => a.Id == entry.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Action, "tampered"))));

        // Assert
        Assert.IsAssignableFrom<DbException>(refused);
        Assert.Contains("audit_append_only", refused.Message, StringComparison.Ordinal);
        Assert.Equal(entry.Action, (await factory.AuditEntriesAsync(q => q.Where(a => a.Id == entry.Id))).Single().Action);
    }

    [Fact]
    public async Task ExecuteDelete_AuditEntries_IsRefusedAndNothingIsRemoved()
    {
        // Arrange
        var before = await factory.WithDbAsync(db => db.AuditEntries.CountAsync());

        // Act
        var refused = await Record.ExceptionAsync(() => factory.WithDbAsync(db => db.AuditEntries.ExecuteDeleteAsync()));

        // Assert
        Assert.IsAssignableFrom<DbException>(refused);
        Assert.Contains("audit_append_only", refused.Message, StringComparison.Ordinal);
        Assert.True(before > 0);
        Assert.Equal(before, await factory.WithDbAsync(db => db.AuditEntries.CountAsync()));
    }
}
