using System.Collections.Concurrent;
using CpdPortal.Application.Administration;
using CpdPortal.Application.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CpdPortal.Web.Features.Reports;

/// <summary>How long council-wide report figures are kept, and from what size of council (configuration section "Reports").</summary>
public sealed class CouncilWideFiguresOptions
{
    public const string SectionName = "Reports";

    /// <summary>How long figures worked out for the whole council (no team chosen) are shown before they are worked out again.</summary>
    public TimeSpan CouncilWideFiguresKeptFor { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>A council with at most this many staff records always sees every report worked out live.</summary>
    public int LiveFiguresUpToStaff { get; set; } = 2000;

    /// <summary>The most table cells kept at once, across every kept report (each entry weighs its cells).</summary>
    public int MostCellsKept { get; set; } = 500_000;
}

/// <summary>A kept answer and when it was worked out.</summary>
public sealed record KeptFigures<T>(T Value, DateTimeOffset WorkedOutAt);

/// <summary>
/// Report figures for the whole council (or a filter that names no team), kept in memory for
/// <see cref="CouncilWideFiguresOptions.CouncilWideFiguresKeptFor"/> because, at a large council, working them out reads
/// a summary row per person and takes seconds (docs/adr/0041). At most one working-out per key runs at a time in this
/// instance: concurrent requests for the same figures wait for that one. Once figures are half their time old the next
/// request starts working them out again in the background and is answered with the kept ones, so nobody waits for a
/// council-wide report except the first after a start. Each answer says when it was worked out; the page shows it.
/// Keys carry what the figures depend on besides the data (the report, the filter, the day, the settings that shape
/// them), so a new day or a change of settings never shows old figures. Whether a council is large enough for its
/// figures to be kept at all is <see cref="KeepsFiguresAsync"/>, the one decision every kept page asks.
/// </summary>
public sealed class CouncilWideFigures(IOptions<CouncilWideFiguresOptions> options, TimeProvider clock, IServiceScopeFactory scopes, StaffCountCache staffCount, ILogger<CouncilWideFigures> logger) : IDisposable
{
    private readonly CouncilWideFiguresOptions _options = options.Value;
    private readonly MemoryCache _kept = new(new MemoryCacheOptions { SizeLimit = options.Value.MostCellsKept });
    private readonly ConcurrentDictionary<object, Lazy<Task<object>>> _working = new();

    public CouncilWideFiguresOptions Options => _options;

    /// <summary>
    /// Whether this council's council-wide figures are kept: keeping is switched on and the council has more than
    /// <see cref="CouncilWideFiguresOptions.LiveFiguresUpToStaff"/> staff records (the total the staff list remembers,
    /// docs/adr/0040, so a warm request runs no query for it). Otherwise every figure is worked out live.
    /// </summary>
    public async Task<bool> KeepsFiguresAsync(ICpdPortalDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return _options.CouncilWideFiguresKeptFor > TimeSpan.Zero
            && await staffCount.GetAsync(() => db.StaffMembers.CountAsync(ct)) > _options.LiveFiguresUpToStaff;
    }

    /// <summary>
    /// The kept figures for <paramref name="key"/> while they are younger than the time they are kept for, otherwise
    /// <paramref name="workOut"/>'s answer (run in a scope of its own, so a request that gives up does not stop it),
    /// kept and returned. <paramref name="cells"/> weighs an answer for the memory limit.
    /// </summary>
    public async Task<KeptFigures<T>> GetAsync<T>(object key, Func<IServiceProvider, Task<T>> workOut, Func<T, int> cells, CancellationToken ct)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(workOut);
        ArgumentNullException.ThrowIfNull(cells);
        var now = clock.GetUtcNow();
        if (_kept.TryGetValue(key, out KeptFigures<T>? kept) && kept is not null && now >= kept.WorkedOutAt)
        {
            var age = now - kept.WorkedOutAt;
            if (age < _options.CouncilWideFiguresKeptFor)
            {
                if (age >= _options.CouncilWideFiguresKeptFor / 2)
                {
                    _ = RefreshAsync(key, workOut, cells);
                }

                return kept;
            }
        }

        return await WorkOutOnceAsync(key, workOut, cells).WaitAsync(ct);
    }

    public void Dispose() => _kept.Dispose();

    private async Task<KeptFigures<T>> WorkOutOnceAsync<T>(object key, Func<IServiceProvider, Task<T>> workOut, Func<T, int> cells)
        where T : class
    {
        var working = _working.GetOrAdd(key, k => new Lazy<Task<object>>(() => WorkOutAsync(k, workOut, cells)));
        try
        {
            return (KeptFigures<T>)await working.Value;
        }
        finally
        {
            _working.TryRemove(new KeyValuePair<object, Lazy<Task<object>>>(key, working));
        }
    }

    /// <summary>
    /// Works the figures out on the thread pool without the request's execution context (its HttpContext, its
    /// cancellation), in a scope of its own, and keeps them.
    /// </summary>
    private Task<object> WorkOutAsync<T>(object key, Func<IServiceProvider, Task<T>> workOut, Func<T, int> cells)
        where T : class
    {
        using (ExecutionContext.SuppressFlow())
        {
            return Task.Run(async () =>
            {
                var startedAt = clock.GetUtcNow();
                await using var scope = scopes.CreateAsyncScope();
                var value = await workOut(scope.ServiceProvider);
                var figures = new KeptFigures<T>(value, startedAt);
                _kept.Set(key, figures, new MemoryCacheEntryOptions
                {
                    Size = Math.Max(1, cells(value)),
                    AbsoluteExpirationRelativeToNow = _options.CouncilWideFiguresKeptFor * 2,
                });
                return (object)figures;
            });
        }
    }

    /// <summary>Works half-old figures out again in the background; a failure is logged and the kept figures stay until they expire.</summary>
    private async Task RefreshAsync<T>(object key, Func<IServiceProvider, Task<T>> workOut, Func<T, int> cells)
        where T : class
    {
        try
        {
            await WorkOutOnceAsync(key, workOut, cells);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Working out council-wide report figures again in the background failed");
        }
    }
}
