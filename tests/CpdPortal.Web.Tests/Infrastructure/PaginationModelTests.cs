using CpdPortal.Application.Common;
using CpdPortal.Web.Infrastructure;

namespace CpdPortal.Web.Tests.Infrastructure;

public class PaginationModelTests
{
    [Fact]
    public void PagesToShow_MiddleOfManyPages_ShowsEndsNeighboursAndGaps()
    {
        var model = new PaginationModel(5, 10, n => $"?page={n}");

        Assert.Equal([1, null, 4, 5, 6, null, 10], model.PagesToShow());
        Assert.Equal("?page=6", model.UrlFor(6));
    }

    [Fact]
    public void PagesToShow_FirstOfThree_ShowsAll()
    {
        Assert.Equal([1, 2, 3], new PaginationModel(1, 3, n => "").PagesToShow());
    }

    [Theory]
    [InlineData(null, 1)]
    [InlineData(-4, 1)]
    [InlineData(0, 1)]
    [InlineData(7, 7)]
    public void Normalise_TypedPage_IsSafe(int? typed, int page)
    {
        Assert.Equal(page, Paging.Normalise(typed));
    }

    [Fact]
    public void PagedResult_ReportsTheRangeShown()
    {
        var result = new PagedResult<int>([21, 22], 2, 20, 22);

        Assert.Equal((21, 22, 2, true, false), (result.From, result.To, result.TotalPages, result.HasPrevious, result.HasNext));
    }
}
