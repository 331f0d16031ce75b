using System.Net;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.IntegrationTests.Learning;
using CpdPortal.TestCommon;

namespace CpdPortal.IntegrationTests.Coverage;

/// <summary>A draft framework version's areas through the pages: added, opened, moved and removed, and each refusal.</summary>
public sealed class FrameworkDraftAreaTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    private async Task<(HttpClient Lee, int Draft)> DraftAsync()
    {
        var lee = factory.CreateClientFor(DemoAccounts.Lee);
        return (lee, await lee.NewVersionAsync(await factory.FrameworkIdAsync("COMMON-CORE")));
    }

    [Fact]
    public async Task AddArea_ThenOpenMoveAndRemove_EachChangesTheDraft()
    {
        // Arrange
        var (lee, draft) = await DraftAsync();
        using var client = lee;

        // Act: add
        using var added = await client.PostWithTokenAsync($"/learning/frameworks/{draft.Text()}/areas", ("name", "Coverage area"));
        var target = added.RedirectTarget()!;
        var areaId = int.Parse(target[(target.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        var page = await client.GetDocumentAsync(target);
        var orderAdded = (await factory.FindFrameworkAsync(draft))!.Areas.Single(a => a.Id == areaId).Order;

        // Act: move earlier, then remove
        using var moved = await client.PostWithTokenAsync($"/learning/frameworks/{draft.Text()}/areas/{areaId.Text()}/move", ("direction", "earlier"));
        var orderMoved = (await factory.FindFrameworkAsync(draft))!.Areas.Single(a => a.Id == areaId).Order;
        using var removed = await client.PostWithTokenAsync($"/learning/frameworks/{draft.Text()}/areas/{areaId.Text()}/remove");

        // Assert
        Assert.Equal(HttpStatusCode.Found, added.StatusCode);
        Assert.Equal($"/learning/frameworks/{draft.Text()}/areas/{areaId.Text()}", target);
        Assert.Equal("Coverage area", page.GetSingle("input[name=Name]").GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Found, moved.StatusCode);
        Assert.True(orderMoved < orderAdded);
        Assert.Equal(HttpStatusCode.Found, removed.StatusCode);
        Assert.DoesNotContain((await factory.FindFrameworkAsync(draft))!.Areas, a => a.Id == areaId);
    }

    [Fact]
    public async Task MoveArea_DirectionNotEarlierOrLater_Answers400AndKeepsTheOrder()
    {
        // Arrange
        var (lee, draft) = await DraftAsync();
        using var client = lee;
        var before = (await factory.FindFrameworkAsync(draft))!.Areas.OrderBy(a => a.Order).Select(a => a.Id).ToList();

        // Act
        using var response = await client.PostWithTokenAsync($"/learning/frameworks/{draft.Text()}/areas/{before[^1].Text()}/move", ("direction", "sideways"));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, (await factory.FindFrameworkAsync(draft))!.Areas.OrderBy(a => a.Order).Select(a => a.Id).ToList());
    }

    [Fact]
    public async Task RemoveArea_AreaOfAnotherVersion_Answers404AndRemovesNothing()
    {
        // Arrange: an area of the published version, posted under the draft's id
        var (lee, draft) = await DraftAsync();
        using var client = lee;
        var published = await factory.FindFrameworkAsync(await factory.FrameworkIdAsync("COMMON-CORE"));
        var otherArea = published!.Areas.First().Id;
        var before = (await factory.FindFrameworkAsync(draft))!.Areas.Count;

        // Act
        using var response = await client.PostWithTokenAsync($"/learning/frameworks/{draft.Text()}/areas/{otherArea.Text()}/remove");

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before, (await factory.FindFrameworkAsync(draft))!.Areas.Count);
        Assert.Equal(published.Areas.Count, (await factory.FindFrameworkAsync(published.Id))!.Areas.Count);
    }
}
