namespace CpdPortal.Web.Infrastructure;

/// <summary>What the pagination tag helper works out: where we are, which numbers to show and how to link to another page.</summary>
public sealed record PaginationModel(int Page, int TotalPages, Func<int, string> UrlFor)
{
    /// <summary>First, last, and the pages next to the current one; null stands for a gap ("…").</summary>
    public IReadOnlyList<int?> PagesToShow()
    {
        var pages = new SortedSet<int> { 1, TotalPages, Page, Page - 1, Page + 1 };
        pages.RemoveWhere(p => p < 1 || p > TotalPages);
        var result = new List<int?>();
        var previous = 0;
        foreach (var p in pages)
        {
            if (p - previous > 1)
            {
                result.Add(null);
            }

            result.Add(p);
            previous = p;
        }

        return result;
    }
}
