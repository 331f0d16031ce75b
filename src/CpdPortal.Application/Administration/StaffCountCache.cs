using CpdPortal.Application.Common;

namespace CpdPortal.Application.Administration;

/// <summary>
/// The number of staff records, which the unfiltered staff list (/admin/staff) shows on every page ("of 35,000 staff
/// members") and needs for its page numbers: remembered instead of counted on every request (docs/adr/0040). Only a
/// record added or deleted changes it; a save in this instance that does either forgets it before and after the save
/// and again when the save's transaction commits (the <c>ReadCacheInterceptor</c>). A record added by another
/// instance (or by an import there) is counted within <see cref="RecheckAfter"/>. A search counts its matches live.
/// </summary>
public sealed class StaffCountCache(TimeProvider clock)
{
    /// <summary>How long the count answers without a change seen in this instance.</summary>
    public static readonly TimeSpan RecheckAfter = RememberedValue<int>.RecheckAfter;

    private readonly RememberedValue<int> _count = new(clock);

    /// <summary>The remembered count when no add or delete was seen since and it is younger than <see cref="RecheckAfter"/>; otherwise <paramref name="count"/>'s answer, remembered.</summary>
    public Task<int> GetAsync(Func<Task<int>> count) => _count.GetAsync(count);

    /// <summary>Forgets the count: a staff record was added or deleted (or is about to be).</summary>
    public void Invalidate() => _count.Invalidate();
}
