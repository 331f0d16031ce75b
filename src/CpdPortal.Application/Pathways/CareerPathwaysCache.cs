using CpdPortal.Application.Common;
using CpdPortal.Domain.Pathways;

namespace CpdPortal.Application.Pathways;

/// <summary>
/// Every career pathway with its roles, their expectations and their courses (reference data: a few pathways of a
/// handful of roles, the same for every practitioner), read once instead of on every /my/pathway request (docs/adr/0040,
/// session 8). A save in this instance that adds, changes or deletes a pathway, a role, an expectation or a role's
/// course forgets them (the <c>ReadCacheInterceptor</c>, before and after the save and again when its transaction ends);
/// a change made by another instance shows within <see cref="RecheckAfter"/>.
/// The pathways are shared by every request that reads them: callers only read them (the domain's rules such as
/// <see cref="CareerPathway.NextRolesAfter"/>); a change is made on a tracked copy loaded by the pathway administration.
/// </summary>
public sealed class CareerPathwaysCache(TimeProvider clock)
{
    /// <summary>How long the pathways answer without a change seen in this instance.</summary>
    public static readonly TimeSpan RecheckAfter = RememberedValue<IReadOnlyList<CareerPathway>>.RecheckAfter;

    private readonly RememberedValue<IReadOnlyList<CareerPathway>> _pathways = new(clock);

    /// <summary>The remembered pathways when no change was seen since and they are younger than <see cref="RecheckAfter"/>; otherwise <paramref name="load"/>'s answer, remembered.</summary>
    public Task<IReadOnlyList<CareerPathway>> GetAsync(Func<Task<IReadOnlyList<CareerPathway>>> load) => _pathways.GetAsync(load);

    /// <summary>Forgets the pathways: a pathway, role, expectation or role course was added, changed or deleted (or is about to be).</summary>
    public void Invalidate() => _pathways.Invalidate();
}
