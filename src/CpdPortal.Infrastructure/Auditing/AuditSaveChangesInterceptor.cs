using System.Globalization;
using CpdPortal.Application.Auditing;
using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Auditing;
using CpdPortal.Domain.Competence;
using CpdPortal.Domain.Planning;
using CpdPortal.Domain.Supervision;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace CpdPortal.Infrastructure.Auditing;

/// <summary>
/// Writes an audit entry (entity type and id, never its content) for every create, update and delete of CPD
/// activities, development plans and their goals, supervision sessions (with their actions and addenda) and stage
/// assessments. Ids of new rows exist only after the save, so the entries are written right after it, in the same
/// transaction: either the change and its audit entries are both saved or neither is. One instance per DbContext.
/// </summary>
public sealed class AuditSaveChangesInterceptor(IAuditActorAccessor actor, AuditSuppression suppression, TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly Dictionary<Type, string> Audited = new()
    {
        [typeof(CpdActivity)] = nameof(CpdActivity),
        [typeof(DevelopmentPlan)] = nameof(DevelopmentPlan),
        [typeof(PlanGoal)] = nameof(PlanGoal),
        [typeof(SupervisionSession)] = nameof(SupervisionSession),
        [typeof(SupervisionAction)] = nameof(SupervisionAction),
        [typeof(SessionAddendum)] = nameof(SessionAddendum),
        [typeof(StageAssessment)] = nameof(StageAssessment),
    };

    private List<Change>? _pending;
    private IDbContextTransaction? _transaction;
    private bool _writing;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (Collect(eventData.Context) is { } context && context.Database.CurrentTransaction is null)
        {
            _transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (Collect(eventData.Context) is { } context && context.Database.CurrentTransaction is null)
        {
            _transaction = context.Database.BeginTransaction();
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (TakePending(eventData.Context) is { } context)
        {
            try
            {
                _writing = true;
                await context.SaveChangesAsync(cancellationToken);
                if (_transaction is not null)
                {
                    await _transaction.CommitAsync(cancellationToken);
                }
            }
            finally
            {
                _writing = false;
                await EndTransactionAsync();
            }
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (TakePending(eventData.Context) is { } context)
        {
            try
            {
                _writing = true;
                context.SaveChanges();
                _transaction?.Commit();
            }
            finally
            {
                _writing = false;
                _transaction?.Dispose();
                _transaction = null;
            }
        }

        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!_writing)
        {
            _pending = null;
            await EndTransactionAsync();
        }
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (!_writing)
        {
            _pending = null;
            _transaction?.Dispose();
            _transaction = null;
        }
    }

    /// <summary>Notes which audited rows are about to change; returns the context when there is something to log.</summary>
    private DbContext? Collect(DbContext? context)
    {
        if (_writing || suppression.IsSuppressed || context is null)
        {
            return null;
        }

        var changes = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && Audited.ContainsKey(e.Metadata.ClrType))
            .Select(e => new Change(e, ActionOf(e), Audited[e.Metadata.ClrType]))
            .ToList();
        _pending = changes.Count > 0 ? changes : null;
        return _pending is null ? null : context;
    }

    /// <summary>After the save every id is known: adds the entries for the changes noted before it.</summary>
    private DbContext? TakePending(DbContext? context)
    {
        if (_pending is null || context is null || _writing)
        {
            return null;
        }

        var who = actor.Current;
        var now = clock.GetUtcNow();
        foreach (var change in _pending)
        {
            context.Add(new AuditEntry(now, who.AccountId, who.Email, change.Action, change.EntityType, KeyOf(change.Entry), who.IpAddress));
        }

        _pending = null;
        return context;
    }

    private async Task EndTransactionAsync()
    {
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
            _transaction = null;
        }
    }

    /// <summary>A CPD activity is deleted by setting DeletedAt (soft delete): that is a delete in the log.</summary>
    private static string ActionOf(EntityEntry entry) => entry.State switch
    {
        EntityState.Added => AuditActions.Created,
        EntityState.Deleted => AuditActions.Deleted,
        _ when entry.Entity is CpdActivity && entry.Property(nameof(CpdActivity.DeletedAt)) is { IsModified: true, OriginalValue: null, CurrentValue: not null } => AuditActions.Deleted,
        _ => AuditActions.Updated,
    };

    private static string? KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        return key is null
            ? null
            : string.Join(",", key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture)));
    }

    private sealed record Change(EntityEntry Entry, string Action, string EntityType);
}
