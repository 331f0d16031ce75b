using CpdPortal.Application.Reports;
using CpdPortal.TestCommon;

namespace CpdPortal.Application.Tests.Reports;

/// <summary>The report filter form's teams and roles, remembered until a change is seen (docs/adr/0040, session 7).</summary>
public sealed class FilterOptionsCacheTests
{
    [Fact]
    public async Task TeamsAsync_SecondTimeWithNoChange_DoesNotLoadAgain()
    {
        // Arrange
        var cache = new FilterOptionsCache(new FixedTimeProvider());
        var loads = 0;
        var first = await cache.TeamsAsync(() => { loads++; return Load("Adoption"); });

        // Act
        var second = await cache.TeamsAsync(() => { loads++; return Load("Fostering"); });

        // Assert
        Assert.Equal(1, loads);
        Assert.Same(first, second);
        Assert.Same(first.Options, second.Options);
        Assert.Equal(["Adoption"], second.Options.Select(o => o.Name));
    }

    [Fact]
    public async Task InvalidateTeams_LoadsTheTeamsAgainButNotTheRoles()
    {
        // Arrange
        var cache = new FilterOptionsCache(new FixedTimeProvider());
        await cache.TeamsAsync(() => Load("Adoption"));
        var roles = await cache.RolesAsync(() => Load("Social worker"));

        // Act
        cache.InvalidateTeams();
        var teams = await cache.TeamsAsync(() => Load("Adoption and fostering"));
        var rolesAgain = await cache.RolesAsync(() => Load("Renamed role"));

        // Assert
        Assert.Equal(["Adoption and fostering"], teams.Options.Select(o => o.Name));
        Assert.Same(roles, rolesAgain);
    }

    [Fact]
    public async Task InvalidateRoles_LoadsTheRolesAgainButNotTheTeams()
    {
        // Arrange
        var cache = new FilterOptionsCache(new FixedTimeProvider());
        var teams = await cache.TeamsAsync(() => Load("Adoption"));
        await cache.RolesAsync(() => Load("Social worker"));

        // Act
        cache.InvalidateRoles();
        var roles = await cache.RolesAsync(() => Load("Senior social worker"));
        var teamsAgain = await cache.TeamsAsync(() => Load("Renamed team"));

        // Assert
        Assert.Equal(["Senior social worker"], roles.Options.Select(o => o.Name));
        Assert.Same(teams, teamsAgain);
    }

    [Fact]
    public async Task TeamsAsync_LoadThatRacedAnInvalidate_IsNotRememberedAsCurrent()
    {
        // Arrange: the load reads the old rows, then a save invalidates before the load's answer is remembered.
        var cache = new FilterOptionsCache(new FixedTimeProvider());
        var raced = await cache.TeamsAsync(() =>
        {
            cache.InvalidateTeams();
            return Load("Old name");
        });

        // Act
        var teams = await cache.TeamsAsync(() => Load("New name"));

        // Assert
        Assert.Equal(["Old name"], raced.Options.Select(o => o.Name));
        Assert.Equal(["New name"], teams.Options.Select(o => o.Name));
    }

    [Fact]
    public async Task RolesAsync_OnceRecheckAfterHasPassed_LoadsAgain()
    {
        // Arrange: another instance's write is invisible here, so a list answers for a limited time only.
        var clock = new FixedTimeProvider();
        var cache = new FilterOptionsCache(clock);
        await cache.RolesAsync(() => Load("Social worker"));
        clock.Advance(FilterOptionsCache.RecheckAfter - TimeSpan.FromSeconds(1));
        var justBefore = await cache.RolesAsync(() => Load("Renamed"));
        clock.Advance(TimeSpan.FromSeconds(1));

        // Act
        var after = await cache.RolesAsync(() => Load("Renamed"));

        // Assert
        Assert.Equal(["Social worker"], justBefore.Options.Select(o => o.Name));
        Assert.Equal(["Renamed"], after.Options.Select(o => o.Name));
    }

    [Fact]
    public async Task TeamsAsync_ClockMovedBack_LoadsAgain()
    {
        // Arrange
        var clock = new FixedTimeProvider();
        var cache = new FilterOptionsCache(clock);
        await cache.TeamsAsync(() => Load("Adoption"));
        clock.Advance(TimeSpan.FromSeconds(-1));

        // Act
        var teams = await cache.TeamsAsync(() => Load("Fostering"));

        // Assert
        Assert.Equal(["Fostering"], teams.Options.Select(o => o.Name));
    }

    [Fact]
    public async Task TeamsAsync_TheListIsImmutableAndKnowsItsIds()
    {
        // Arrange
        var cache = new FilterOptionsCache(new FixedTimeProvider());
        var loaded = new List<FilterOption> { new(3, "Adoption"), new(9, "Fostering") };

        // Act
        var teams = await cache.TeamsAsync(() => Task.FromResult(loaded));
        loaded.Add(new FilterOption(12, "Added to the loader's list afterwards"));

        // Assert
        Assert.Equal([3, 9], teams.Options.Select(o => o.Id));
        Assert.Throws<NotSupportedException>(() => ((IList<FilterOption>)teams.Options).Add(new FilterOption(4, "Added")));
        Assert.True(teams.Contains(9));
        Assert.False(teams.Contains(12));
    }

    private static Task<List<FilterOption>> Load(string name) => Task.FromResult(new List<FilterOption> { new(1, name) });
}
