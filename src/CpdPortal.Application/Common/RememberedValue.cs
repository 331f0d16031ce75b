namespace CpdPortal.Application.Common;

/// <summary>
/// One value read from the database and remembered for up to <see cref="RecheckAfter"/> (docs/adr/0040): the staff
/// total, the report filter's teams, its roles. <see cref="Invalidate"/> forgets it (a save in this instance changed
/// what it was read from); a generation number, read before the load, keeps a load that raced an invalidation from
/// being remembered as current. A change made by another instance is seen within <see cref="RecheckAfter"/>, on the
/// injected clock (a clock moved back also reloads).
/// </summary>
public sealed class RememberedValue<T>(TimeProvider clock)
{
    /// <summary>How long the value answers without a change seen in this instance.</summary>
    public static readonly TimeSpan RecheckAfter = TimeSpan.FromSeconds(15);

    private readonly Lock _gate = new();
    private long _generation;
    private (T Value, long Generation, DateTimeOffset LoadedAt)? _entry;

    /// <summary>The remembered value when nothing was invalidated since and it is younger than <see cref="RecheckAfter"/>; otherwise <paramref name="load"/>'s answer, remembered.</summary>
    public async Task<T> GetAsync(Func<Task<T>> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        long generation;
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            generation = _generation;
            if (_entry is { } entry && entry.Generation == generation && now >= entry.LoadedAt && now - entry.LoadedAt < RecheckAfter)
            {
                return entry.Value;
            }
        }

        var value = await load();
        lock (_gate)
        {
            if (_generation == generation)
            {
                _entry = (value, generation, now);
            }
        }

        return value;
    }

    /// <summary>Forgets the value: what it was read from changed (or is about to).</summary>
    public void Invalidate()
    {
        lock (_gate)
        {
            _generation++;
            _entry = null;
        }
    }
}
