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
}

public static class Paging
{
    public const int DefaultPageSize = 20;

    /// <summary>A page number a user typed, made safe: anything below 1 or unparseable is page 1.</summary>
    public static int Normalise(int? page) => page is null or < 1 ? 1 : Math.Min(page.Value, 100_000);
}
