using System.Data.Common;
using System.Runtime.CompilerServices;
using CpdPortal.Application.Administration;
using CpdPortal.Application.Notifications;
using CpdPortal.Application.Pathways;
using CpdPortal.Application.Reports;
using CpdPortal.Domain.Notifications;
using CpdPortal.Domain.Pathways;
using CpdPortal.Domain.Workforce;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CpdPortal.Infrastructure.Persistence;

/// <summary>
/// Keeps the per-request read caches true to the database (docs/adr/0040): a save that adds, changes or deletes a
/// <see cref="Notification"/> forgets its recipients' unread counts (<see cref="UnreadNotificationsCache"/>); a save
/// that adds or deletes a <see cref="StaffMember"/> forgets the staff count (<see cref="StaffCountCache"/>); a save that
/// adds, changes or deletes a <see cref="Team"/> or a <see cref="PathwayRole"/> forgets the report filter form's teams
/// or roles (<see cref="FilterOptionsCache"/>); a save that adds, changes or deletes a <see cref="CareerPathway"/>, a role,
/// an expectation or a role's course forgets the remembered pathways (<see cref="CareerPathwaysCache"/>). Each is
/// forgotten before the save, after it, and, when the save is part of an explicit transaction, again when that
/// transaction ends (a request that read the rows before the commit and remembered them after the save is forgotten
/// then). Every service that writes through the context is covered without knowing the caches; a bulk UPDATE or
/// DELETE (ExecuteUpdate) is not seen here, so its caller invalidates.
/// </summary>
public sealed class ReadCacheInterceptor(UnreadNotificationsCache unread, StaffCountCache staffCount, FilterOptionsCache filterOptions, CareerPathwaysCache pathways) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, Pending> _awaitingCommit = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Before(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Before(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        After(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        After(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => After(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        After(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Ended(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Ended(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(eventData.Context);
        return Task.CompletedTask;
    }

    private void Before(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        // One pass over the tracked entries (one DetectChanges: an import tracks thousands of rows).
        var pending = new Pending();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            pending.Saw(entry.Entity, entry.State);
        }

        if (pending.IsEmpty)
        {
            return;
        }

        Forget(pending);
        lock (_awaitingCommit)
        {
            _awaitingCommit.GetOrCreateValue(context).Add(pending);
        }
    }

    private void After(DbContext? context)
    {
        if (context is null || Take(context) is not { } pending)
        {
            return;
        }

        Forget(pending);
        if (context.Database.CurrentTransaction is not null)
        {
            lock (_awaitingCommit)
            {
                _awaitingCommit.GetOrCreateValue(context).Add(pending);
            }
        }
    }

    private void Ended(DbContext? context)
    {
        if (context is not null && Take(context) is { } pending)
        {
            Forget(pending);
        }
    }

    private void Forget(Pending pending)
    {
        unread.Invalidate(pending.Recipients);
        if (pending.StaffAddedOrDeleted)
        {
            staffCount.Invalidate();
        }

        if (pending.TeamsChanged)
        {
            filterOptions.InvalidateTeams();
        }

        if (pending.RolesChanged)
        {
            filterOptions.InvalidateRoles();
        }

        if (pending.PathwaysChanged)
        {
            pathways.Invalidate();
        }
    }

    private Pending? Take(DbContext context)
    {
        lock (_awaitingCommit)
        {
            if (_awaitingCommit.TryGetValue(context, out var pending) && !pending.IsEmpty)
            {
                _awaitingCommit.Remove(context);
                return pending;
            }
        }

        return null;
    }

    /// <summary>What a context's saves changed that a commit must forget again.</summary>
    private sealed class Pending
    {
        public HashSet<int> Recipients { get; } = [];

        public bool StaffAddedOrDeleted { get; private set; }

        public bool TeamsChanged { get; private set; }

        public bool RolesChanged { get; private set; }

        public bool PathwaysChanged { get; private set; }

        public bool IsEmpty => Recipients.Count == 0 && !StaffAddedOrDeleted && !TeamsChanged && !RolesChanged && !PathwaysChanged;

        /// <summary>Notes what an added, changed or deleted entity means for the caches.</summary>
        public void Saw(object entity, EntityState state)
        {
            switch (entity)
            {
                case Notification notification:
                    Recipients.Add(notification.RecipientStaffId);
                    break;
                case StaffMember when state is EntityState.Added or EntityState.Deleted:
                    StaffAddedOrDeleted = true;
                    break;
                case Team:
                    TeamsChanged = true;
                    break;
                case PathwayRole:
                    RolesChanged = true;
                    PathwaysChanged = true;
                    break;
                case CareerPathway or RoleExpectation or RoleCourse:
                    PathwaysChanged = true;
                    break;
            }
        }

        public void Add(Pending other)
        {
            Recipients.UnionWith(other.Recipients);
            StaffAddedOrDeleted |= other.StaffAddedOrDeleted;
            TeamsChanged |= other.TeamsChanged;
            RolesChanged |= other.RolesChanged;
            PathwaysChanged |= other.PathwaysChanged;
        }
    }
}
