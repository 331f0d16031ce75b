using CpdPortal.Application.Administration;
using CpdPortal.TestCommon;
using CpdPortal.Web.Features.Reports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CpdPortal.Web.Tests.Reports;

/// <summary>The keeping of council-wide figures (docs/adr/0041): once per key at a time, for the time configured, refreshed behind from half of it.</summary>
public sealed class CouncilWideFiguresTests : IDisposable
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(15);
    private readonly FixedTimeProvider _clock = new();
    private readonly ServiceProvider _services = new ServiceCollection().BuildServiceProvider();
    private readonly CouncilWideFigures _figures;
    private int _workedOut;

    public CouncilWideFiguresTests()
    {
        _figures = new CouncilWideFigures(
            Options.Create(new CouncilWideFiguresOptions { CouncilWideFiguresKeptFor = KeptFor, MostCellsKept = 1000 }),
            _clock,
            _services.GetRequiredService<IServiceScopeFactory>(),
            new StaffCountCache(_clock),
            NullLogger<CouncilWideFigures>.Instance);
    }

    [Fact]
    public async Task Get_TwiceWithinTheTime_WorksOutOnceAndSaysWhen()
    {
        // Arrange
        var at = _clock.GetUtcNow();
        await GetAsync("a");
        _clock.Advance(TimeSpan.FromMinutes(7));

        // Act
        var second = await GetAsync("a");

        // Assert
        Assert.Equal(1, _workedOut);
        Assert.Equal("a1", second.Value);
        Assert.Equal(at, second.WorkedOutAt);
    }

    [Fact]
    public async Task Get_OnceTheTimeIsUp_WorksThemOutAgainBeforeAnswering()
    {
        // Arrange
        await GetAsync("a");
        _clock.Advance(KeptFor);

        // Act
        var again = await GetAsync("a");

        // Assert
        Assert.Equal(2, _workedOut);
        Assert.Equal("a2", again.Value);
        Assert.Equal(_clock.GetUtcNow(), again.WorkedOutAt);
    }

    [Fact]
    public async Task Get_AnotherKey_IsWorkedOutOnItsOwn()
    {
        // Arrange
        await GetAsync("a");

        // Act
        var other = await GetAsync("b");

        // Assert
        Assert.Equal("b2", other.Value);
    }

    [Fact]
    public async Task Get_ManyAtOnce_WorkOutOnceAndAllGetTheAnswer()
    {
        // Arrange
        var release = new TaskCompletionSource();
        var started = new TaskCompletionSource();

        // Act
        var waiting = Enumerable.Range(0, 8).Select(_ => _figures.GetAsync("a", async _ =>
        {
            Interlocked.Increment(ref _workedOut);
            started.TrySetResult();
            await release.Task;
            return "slow";
        }, _ => 1, CancellationToken.None)).ToList();
        await started.Task;
        release.SetResult();
        var answers = await Task.WhenAll(waiting);

        // Assert
        Assert.Equal(1, _workedOut);
        Assert.All(answers, a => Assert.Equal("slow", a.Value));
    }

    [Fact]
    public async Task Get_FromHalfTheTime_AnswersWithTheKeptFiguresAndRefreshesThemBehind()
    {
        // Arrange
        await GetAsync("a");
        _clock.Advance(KeptFor / 2);

        // Act
        var answered = await GetAsync("a");
        KeptFigures<string> refreshed = answered;
        for (var i = 0; i < 200 && refreshed.Value == "a1"; i++)
        {
            await Task.Delay(10);
            refreshed = await GetAsync("a");
        }

        // Assert
        Assert.Equal("a1", answered.Value);
        Assert.Equal("a2", refreshed.Value);
        Assert.Equal(_clock.GetUtcNow(), refreshed.WorkedOutAt);
    }

    [Fact]
    public async Task Get_WhenWorkingOutFails_TheCallerSeesTheErrorAndTheNextTries()
    {
        // Arrange
        var failing = _figures.GetAsync<string>("a", _ => throw new InvalidOperationException("no database"), _ => 1, CancellationToken.None);

        // Act
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => failing);
        var next = await GetAsync("a");

        // Assert
        Assert.Equal("no database", error.Message);
        Assert.Equal("a1", next.Value);
    }

    [Fact]
    public async Task Get_TheCallerGivesUp_TheWorkingOutGoesOnAndIsKept()
    {
        // Arrange
        var release = new TaskCompletionSource();
        using var cancel = new CancellationTokenSource();
        var abandoned = _figures.GetAsync("a", async _ =>
        {
            await release.Task;
            return "finished";
        }, _ => 1, cancel.Token);

        // Act
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);
        release.SetResult();
        KeptFigures<string>? kept = null;
        for (var i = 0; i < 200 && kept?.Value != "finished"; i++)
        {
            await Task.Delay(10);
            kept = await _figures.GetAsync("a", _ => Task.FromResult("worked out again"), _ => 1, CancellationToken.None);
        }

        // Assert
        Assert.Equal("finished", kept!.Value);
    }

    [Fact]
    public async Task Get_AnswersHeavierThanTheLimit_AreNotKept()
    {
        // Arrange: the limit is 1,000 cells.
        await _figures.GetAsync("big", _ => Task.FromResult("first"), _ => 5000, CancellationToken.None);

        // Act
        var again = await _figures.GetAsync("big", _ => Task.FromResult("second"), _ => 5000, CancellationToken.None);

        // Assert
        Assert.Equal("second", again.Value);
    }

    public void Dispose()
    {
        _figures.Dispose();
        _services.Dispose();
    }

    private Task<KeptFigures<string>> GetAsync(string key) =>
        _figures.GetAsync(key, _ => Task.FromResult(key + Interlocked.Increment(ref _workedOut).ToString(System.Globalization.CultureInfo.InvariantCulture)), _ => 1, CancellationToken.None);
}
