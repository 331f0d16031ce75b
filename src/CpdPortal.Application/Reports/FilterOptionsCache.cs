using System.Collections.Frozen;
using System.Collections.Immutable;
using CpdPortal.Application.Common;

namespace CpdPortal.Application.Reports;

/// <summary>
/// The options of one of the report filter form's lists (teams or roles), in the order shown, shared by every request
/// that reads them: immutable, with their ids in a set so that a filter from the address is checked without a scan.
/// </summary>
public sealed class FilterOptionList
{
    public static readonly FilterOptionList Empty = new([]);

    private readonly FrozenSet<int> _ids;

    public FilterOptionList(IEnumerable<FilterOption> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var all = options.ToImmutableArray();
        Options = all;
        _ids = all.Select(o => o.Id).ToFrozenSet();
    }

    /// <summary>The options in the order shown (one immutable instance, so it can be shared and recognised).</summary>
    public IReadOnlyList<FilterOption> Options { get; }

    /// <summary>Whether <paramref name="id"/> is one of the options.</summary>
    public bool Contains(int id) => _ids.Contains(id);
}

/// <summary>
/// The teams and the pathway roles the report filter form offers (3,500 teams at a national council's size), read once
/// instead of on every report request (docs/adr/0040, session 7). A save in this instance that adds, changes or deletes
/// a team forgets the teams, one that adds, changes or deletes a pathway role forgets the roles (the
/// <c>ReadCacheInterceptor</c> calls <see cref="InvalidateTeams"/> or <see cref="InvalidateRoles"/> before and after
/// the save and again when its transaction ends). A generation number, read before the query, keeps a load that raced
/// a write from being remembered as current. A team added or renamed by another instance shows within
/// <see cref="RecheckAfter"/>.
/// </summary>
public sealed class FilterOptionsCache(TimeProvider clock)
{
    /// <summary>How long a list answers without a change seen in this instance.</summary>
    public static readonly TimeSpan RecheckAfter = RememberedValue<FilterOptionList>.RecheckAfter;

    private readonly RememberedValue<FilterOptionList> _teams = new(clock);
    private readonly RememberedValue<FilterOptionList> _roles = new(clock);

    /// <summary>The remembered teams when no change was seen since and they are younger than <see cref="RecheckAfter"/>; otherwise <paramref name="load"/>'s answer, remembered.</summary>
    public Task<FilterOptionList> TeamsAsync(Func<Task<List<FilterOption>>> load) => _teams.GetAsync(async () => new FilterOptionList(await load()));

    /// <summary>The remembered pathway roles, as <see cref="TeamsAsync"/>.</summary>
    public Task<FilterOptionList> RolesAsync(Func<Task<List<FilterOption>>> load) => _roles.GetAsync(async () => new FilterOptionList(await load()));

    /// <summary>Forgets the teams: one was added, changed or deleted (or is about to be).</summary>
    public void InvalidateTeams() => _teams.Invalidate();

    /// <summary>Forgets the pathway roles: one was added, changed or deleted (or is about to be).</summary>
    public void InvalidateRoles() => _roles.Invalidate();
}
