namespace CpdPortal.TestCommon;

/// <summary>A clock that stands still (or moves only when told), so tests are deterministic.</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    /// <summary>The date every test council is built on unless a test says otherwise: 22 November 2026, 10:00 UK time.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    private DateTimeOffset _now = now;

    public FixedTimeProvider()
        : this(DefaultNow)
    {
    }

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now = _now.Add(by);

    public void Set(DateTimeOffset now) => _now = now;
}
