using System.Collections.Concurrent;

namespace CpdPortal.Application.Notifications;

/// <summary>
/// Remembers, per person, the unread notifications the header's link shows (<see cref="NotificationService.UnreadLinksAsync"/>),
/// so a signed-in page does not ask the database for them on every request (docs/adr/0040). A person's entry is
/// dropped whenever a save in this instance adds, changes or deletes one of their notifications (the
/// <c>ReadCacheInterceptor</c> calls <see cref="Invalidate(IEnumerable{int})"/> before and after the save and again when its
/// transaction commits) and when opening a page reads some (<see cref="NotificationService.MarkLinkReadAsync"/>, an
/// UPDATE that no interceptor sees: its caller invalidates). A per-person generation number, read before the query,
/// keeps a load that raced a write from being remembered as current. A notification written by another instance (a
/// second web server, or a reminder job running elsewhere) shows within <see cref="RecheckAfter"/>.
/// </summary>
public sealed class UnreadNotificationsCache(TimeProvider clock)
{
    /// <summary>How long an entry answers without a change seen in this instance; zero asks the database every time.</summary>
    public static readonly TimeSpan RecheckAfter = TimeSpan.FromSeconds(15);

    /// <summary>At most this many people are remembered; past it the cache starts again empty (each person costs one query).</summary>
    internal const int MaxEntries = 100_000;

    private readonly ConcurrentDictionary<int, Entry> _entries = new();
    private readonly ConcurrentDictionary<int, long> _generations = new();
    private long _generation;

    /// <summary>
    /// The person's unread notifications grouped by link: remembered ones when no change to them was seen since and
    /// they are younger than <see cref="RecheckAfter"/>, otherwise <paramref name="load"/>'s answer, remembered.
    /// </summary>
    public async Task<IReadOnlyList<UnreadLink>> GetAsync(int staffMemberId, Func<Task<IReadOnlyList<UnreadLink>>> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        var generation = GenerationOf(staffMemberId);
        var now = clock.GetUtcNow();
        if (_entries.TryGetValue(staffMemberId, out var entry)
            && entry.Generation == generation
            && now >= entry.LoadedAt
            && now - entry.LoadedAt < RecheckAfter)
        {
            return entry.Links;
        }

        var links = await load();
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        _entries[staffMemberId] = new Entry(links, generation, now);
        return links;
    }

    /// <summary>Forgets what is remembered for these people: their notifications have changed (or are about to).</summary>
    public void Invalidate(IEnumerable<int> staffMemberIds)
    {
        ArgumentNullException.ThrowIfNull(staffMemberIds);
        foreach (var id in staffMemberIds)
        {
            Invalidate(id);
        }
    }

    /// <summary>Forgets what is remembered for one person.</summary>
    public void Invalidate(int staffMemberId)
    {
        var next = Interlocked.Increment(ref _generation);
        _generations[staffMemberId] = next;
        _entries.TryRemove(staffMemberId, out _);
    }

    private long GenerationOf(int staffMemberId) => _generations.TryGetValue(staffMemberId, out var generation) ? generation : 0;

    private sealed record Entry(IReadOnlyList<UnreadLink> Links, long Generation, DateTimeOffset LoadedAt);
}
