using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Common;

/// <summary>
/// Numbered pages whose last page costs what the first does (docs/adr/0031): a page in the first half of the list is
/// read in the list's order with OFFSET from the start; a page in the second half is read in the reverse order with
/// OFFSET from the end, then turned round. With an index on the sort keys (both providers walk an index backwards as
/// cheaply as forwards) the first and the last page each read one page of index entries; the middle page, the worst,
/// walks half the list. The URLs keep their <c>?page=</c> number and the GOV.UK pagination its first, previous, next
/// and last links.
/// </summary>
public static class EitherEndPaging
{
    /// <summary>
    /// One page of <paramref name="total"/> rows: <paramref name="inOrder"/> is the list as shown and
    /// <paramref name="reversed"/> the same rows with every sort key reversed (the last key unique, so the two orders
    /// are exact mirrors). A page past the end is empty, as before, and runs no query.
    /// </summary>
    public static async Task<PagedResult<T>> PageAsync<T>(IQueryable<T> inOrder, IQueryable<T> reversed, int total, int page, int pageSize, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var skip = (long)(page - 1) * pageSize;
        if (skip >= total)
        {
            return new PagedResult<T>([], page, pageSize, total);
        }

        var end = Math.Min(skip + pageSize, total);
        if (skip <= total - end)
        {
            var items = await inOrder.Skip((int)skip).Take(pageSize).ToListAsync(ct);
            return new PagedResult<T>(items, page, pageSize, total);
        }

        // Rows [skip, end) of the list are rows [total - end, total - skip) of the reversed list.
        var fromEnd = await reversed.Skip((int)(total - end)).Take((int)(end - skip)).ToListAsync(ct);
        fromEnd.Reverse();
        return new PagedResult<T>(fromEnd, page, pageSize, total);
    }
}
