using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Common;

/// <summary>One page of a list, with what the pagination links need.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount)
{
    public int TotalPages => TotalCount == 0 ? 1 : (int)Math.Ceiling(TotalCount / (double)PageSize);

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < TotalPages;

    /// <summary>1-based index of the first item shown, for "Showing 21 to 40 of 57".</summary>
    public int From => TotalCount == 0 ? 0 : ((Page - 1) * PageSize) + 1;

    public int To => Math.Min(Page * PageSize, TotalCount);

    /// <summary>The same page with each row turned into what the page shows (for work the database cannot do).</summary>
    public PagedResult<TResult> Select<TResult>(Func<T, TResult> map) => new([.. Items.Select(map)], Page, PageSize, TotalCount);
}

public static class Paging
{
    public const int DefaultPageSize = 20;

    /// <summary>A page number a user typed, made safe: anything below 1 or unparseable is page 1.</summary>
    public static int Normalise(int? page) => page is null or < 1 ? 1 : Math.Min(page.Value, 100_000);

    /// <summary>
    /// The page to show of <paramref name="total"/> rows: the one asked for, made safe, and never past the last page
    /// (a link to page 9 of a list that has since shrunk shows its last page, not an empty one).
    /// </summary>
    public static int PageToShow(int? page, int total, int pageSize) =>
        Math.Min(Normalise(page), Math.Max(1, (int)Math.Ceiling(total / (double)pageSize)));

    /// <summary>
    /// The one way a list is paged in the database: the count, then the page's rows in the query's order. The order
    /// must be total (end it with the id) so that a row never appears on two pages.
    /// </summary>
    public static Task<PagedResult<T>> ToPageAsync<T>(this IOrderedQueryable<T> ordered, int? page, int pageSize, CancellationToken ct) =>
        ordered.ToPageAsync(page, pageSize, row => row, ct);

    /// <summary>
    /// As <see cref="ToPageAsync{T}(IOrderedQueryable{T}, int?, int, CancellationToken)"/>, with the projection applied
    /// after the page is cut, so what it reads (counts, sub-queries) is read for the page's rows only.
    /// </summary>
    public static async Task<PagedResult<TResult>> ToPageAsync<TSource, TResult>(
        this IOrderedQueryable<TSource> ordered,
        int? page,
        int pageSize,
        Expression<Func<TSource, TResult>> select,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ordered);
        var total = await ordered.CountAsync(ct);
        var number = PageToShow(page, total, pageSize);
        var items = await ordered.Skip((number - 1) * pageSize).Take(pageSize).Select(select).ToListAsync(ct);
        return new PagedResult<TResult>(items, number, pageSize, total);
    }

    /// <summary>One page of rows already in memory (a parsed upload, a list computed by a domain rule).</summary>
    public static PagedResult<T> ToPage<T>(this IReadOnlyList<T> all, int? page, int pageSize)
    {
        ArgumentNullException.ThrowIfNull(all);
        var number = PageToShow(page, all.Count, pageSize);
        return new PagedResult<T>([.. all.Skip((number - 1) * pageSize).Take(pageSize)], number, pageSize, all.Count);
    }
}
