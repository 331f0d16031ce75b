using CpdPortal.Application.Common;

namespace CpdPortal.Application.Tests.Common;

/// <summary>The one way a list is paged (docs/architecture.md): which page is shown for what a person asked for.</summary>
public class PagingTests
{
    [Theory]
    [InlineData(null, 45, 20, 1)]
    [InlineData(0, 45, 20, 1)]
    [InlineData(-3, 45, 20, 1)]
    [InlineData(2, 45, 20, 2)]
    [InlineData(3, 45, 20, 3)]
    [InlineData(4, 45, 20, 3)]
    [InlineData(99_999_999, 45, 20, 3)]
    [InlineData(1, 0, 20, 1)]
    [InlineData(7, 0, 20, 1)]
    [InlineData(2, 40, 20, 2)]
    [InlineData(3, 40, 20, 2)]
    public void PageToShow_IsTheAskedPageWithinOneAndTheLastPage(int? asked, int total, int pageSize, int expected)
    {
        Assert.Equal(expected, Paging.PageToShow(asked, total, pageSize));
    }

    [Fact]
    public void ToPage_PastTheLastPage_ShowsTheLastPageWithItsRows()
    {
        // Arrange
        IReadOnlyList<int> rows = [.. Enumerable.Range(1, 45)];

        // Act
        var page = rows.ToPage(9, 20);

        // Assert
        Assert.Equal(3, page.Page);
        Assert.Equal([41, 42, 43, 44, 45], page.Items);
        Assert.Equal(45, page.TotalCount);
        Assert.Equal(41, page.From);
        Assert.Equal(45, page.To);
        Assert.False(page.HasNext);
    }

    [Fact]
    public void ToPage_OfNothing_IsAnEmptyFirstPage()
    {
        // Act
        var page = Array.Empty<string>().ToPage(2, 20);

        // Assert
        Assert.Equal(1, page.Page);
        Assert.Empty(page.Items);
        Assert.Equal(1, page.TotalPages);
        Assert.Equal(0, page.From);
    }

    [Fact]
    public void Select_MapsTheRowsAndKeepsThePosition()
    {
        // Arrange
        IReadOnlyList<int> rows = [.. Enumerable.Range(1, 30)];
        var page = rows.ToPage(2, 20);

        // Act
        var shown = page.Select(n => $"row {n}");

        // Assert
        Assert.Equal("row 21", shown.Items[0]);
        Assert.Equal(10, shown.Items.Count);
        Assert.Equal((page.Page, page.PageSize, page.TotalCount), (shown.Page, shown.PageSize, shown.TotalCount));
    }
}
