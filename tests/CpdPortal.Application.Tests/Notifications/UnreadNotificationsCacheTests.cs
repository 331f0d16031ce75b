using CpdPortal.Application.Notifications;
using CpdPortal.TestCommon;

namespace CpdPortal.Application.Tests.Notifications;

/// <summary>The header's unread notifications, remembered per person until a change is seen (docs/adr/0040).</summary>
public sealed class UnreadNotificationsCacheTests
{
    private static readonly IReadOnlyList<UnreadLink> One = [new UnreadLink("/my/plan", 1)];
    private static readonly IReadOnlyList<UnreadLink> Two = [new UnreadLink("/my/plan", 2)];

    [Fact]
    public async Task GetAsync_SecondTimeWithNoChange_DoesNotLoadAgain()
    {
        // Arrange
        var cache = new UnreadNotificationsCache(new FixedTimeProvider());
        var loads = 0;
        await cache.GetAsync(7, () => { loads++; return Task.FromResult(One); });

        // Act
        var links = await cache.GetAsync(7, () => { loads++; return Task.FromResult(Two); });

        // Assert
        Assert.Equal(1, loads);
        Assert.Same(One, links);
    }

    [Fact]
    public async Task GetAsync_AfterInvalidate_LoadsAgainForThatPersonOnly()
    {
        // Arrange
        var cache = new UnreadNotificationsCache(new FixedTimeProvider());
        await cache.GetAsync(7, () => Task.FromResult(One));
        await cache.GetAsync(8, () => Task.FromResult(One));

        // Act
        cache.Invalidate(7);
        var seven = await cache.GetAsync(7, () => Task.FromResult(Two));
        var eight = await cache.GetAsync(8, () => Task.FromResult(Two));

        // Assert
        Assert.Same(Two, seven);
        Assert.Same(One, eight);
    }

    [Fact]
    public async Task GetAsync_LoadThatRacedAnInvalidate_IsNotRememberedAsCurrent()
    {
        // Arrange: the load reads the old rows, then a save invalidates before the load's answer is remembered.
        var cache = new UnreadNotificationsCache(new FixedTimeProvider());
        await cache.GetAsync(7, () =>
        {
            cache.Invalidate(7);
            return Task.FromResult(One);
        });

        // Act
        var links = await cache.GetAsync(7, () => Task.FromResult(Two));

        // Assert
        Assert.Same(Two, links);
    }

    [Fact]
    public async Task GetAsync_OnceRecheckAfterHasPassed_LoadsAgain()
    {
        // Arrange: another instance's write is invisible here, so an entry answers for a limited time only.
        var clock = new FixedTimeProvider();
        var cache = new UnreadNotificationsCache(clock);
        await cache.GetAsync(7, () => Task.FromResult(One));
        clock.Advance(UnreadNotificationsCache.RecheckAfter - TimeSpan.FromSeconds(1));
        var justBefore = await cache.GetAsync(7, () => Task.FromResult(Two));
        clock.Advance(TimeSpan.FromSeconds(1));

        // Act
        var after = await cache.GetAsync(7, () => Task.FromResult(Two));

        // Assert
        Assert.Same(One, justBefore);
        Assert.Same(Two, after);
    }

    [Fact]
    public async Task GetAsync_ClockMovedBack_LoadsAgain()
    {
        // Arrange
        var clock = new FixedTimeProvider();
        var cache = new UnreadNotificationsCache(clock);
        await cache.GetAsync(7, () => Task.FromResult(One));
        clock.Advance(TimeSpan.FromSeconds(-1));

        // Act
        var links = await cache.GetAsync(7, () => Task.FromResult(Two));

        // Assert
        Assert.Same(Two, links);
    }
}
