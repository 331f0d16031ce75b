using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CpdPortal.Infrastructure.Identity;

/// <summary>
/// Remembers, for a short time (<see cref="PortalSessionOptions.RecheckAfter"/>, on the injected clock), that a session
/// passed <see cref="ServerSessions.IsActiveAsync"/>, so a warm signed-in request runs no SQL command for its session
/// (docs/adr/0031). An entry is keyed by session id and only answers for the same account and security stamp. Revoking
/// a session or all of an account's sessions in this instance drops the entries at once (an account-wide generation
/// number, read before the database check, so a revoke that races a check is never hidden); another instance's
/// revoke, a lock or a leaver's date is seen within <see cref="PortalSessionOptions.RecheckAfter"/>.
/// </summary>
public sealed class ServerSessionCache : IDisposable
{
    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = 200_000 });
    private readonly ConcurrentDictionary<string, long> _accountGenerations = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;
    private readonly TimeSpan _recheckAfter;
    private long _generation;

    public ServerSessionCache(TimeProvider clock, IOptions<PortalSessionOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _clock = clock;
        _recheckAfter = options.Value.RecheckAfter;
    }

    /// <summary>The account's current generation: read it before checking the database and pass it to <see cref="Remember"/>.</summary>
    public long GenerationOf(string userId) => _accountGenerations.TryGetValue(userId, out var generation) ? generation : 0;

    /// <summary>Whether the session passed the database check recently for this account and stamp, with no revoke since.</summary>
    public bool WasRecentlyActive(string sessionId, string userId, string? stamp) =>
        _recheckAfter > TimeSpan.Zero
        && _entries.TryGetValue(sessionId, out Entry? entry)
        && entry is not null
        && string.Equals(entry.UserId, userId, StringComparison.Ordinal)
        && string.Equals(entry.Stamp, stamp, StringComparison.Ordinal)
        && entry.Generation == GenerationOf(userId)
        && _clock.GetUtcNow() - entry.CheckedAt < _recheckAfter
        && _clock.GetUtcNow() >= entry.CheckedAt;

    /// <summary>Records a successful database check made after reading <paramref name="generation"/>.</summary>
    public void Remember(string sessionId, string userId, string? stamp, long generation)
    {
        if (_recheckAfter <= TimeSpan.Zero || _entries.TryGetValue(RevokedKey(sessionId), out _))
        {
            return;
        }

        // The memory entry outlives the check's validity a little (real time), so a busy session is not evicted early;
        // whether it still answers is decided on the injected clock above.
        _entries.Set(sessionId, new Entry(userId, stamp, generation, _clock.GetUtcNow()),
            new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = _recheckAfter + TimeSpan.FromMinutes(1) });
    }

    /// <summary>
    /// Forgets one session (sign-out in this instance), after its row is revoked. A check that read the row before the
    /// revoke cannot remember it afterwards: the revoked id is kept for a while and refused by <see cref="Remember"/>.
    /// </summary>
    public void Forget(string sessionId)
    {
        _entries.Set(RevokedKey(sessionId), true, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5) });
        _entries.Remove(sessionId);
    }

    /// <summary>Forgets every session of the account (password change, lock, role change in this instance).</summary>
    public void ForgetAccount(string userId)
    {
        var next = Interlocked.Increment(ref _generation);
        _accountGenerations.AddOrUpdate(userId, next, (_, _) => next);
    }

    public void Dispose() => _entries.Dispose();

    private static string RevokedKey(string sessionId) => "revoked:" + sessionId;

    private sealed record Entry(string UserId, string? Stamp, long Generation, DateTimeOffset CheckedAt);
}
