using System.Net;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;
using static CpdPortal.IntegrationTests.Import.ImportTestData;

namespace CpdPortal.IntegrationTests.Import;

/// <summary>The staff file's optional columns, days absent and fte (issue 15, point 5; docs/adr/0025).</summary>
public sealed class StaffImportWorkingPatternTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    private const string Header = StaffHeader + ",days absent,fte";

    private static string CsvWithPattern(params string[] rows) => Header + "\r\n" + string.Join("\r\n", rows) + "\r\n";

    [Fact]
    public async Task Confirm_OptionalColumns_StoresFteAndAbsence()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var (path, preview) = await client.PreviewAsync(CsvWithPattern(Row("W100") + ",4.5,0.6", Row("W101") + ",,"));

        // Act
        using var response = await client.ConfirmAsync(path, preview);

        // Assert
        Assert.Empty(preview.Errors());
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var w100 = await factory.StaffAsync("W100");
        var w101 = await factory.StaffAsync("W101");
        Assert.Equal(0.6m, w100!.FullTimeEquivalent);
        Assert.Equal(4.5m, w100.AbsenceDays);
        Assert.Equal(1m, w101!.FullTimeEquivalent);
        Assert.Null(w101.AbsenceDays);
    }

    [Fact]
    public async Task Preview_BadFteAndAbsence_ArePerRowErrorsAndNothingIsSaved()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);

        // Act
        var (_, preview) = await client.PreviewAsync(CsvWithPattern(Row("W200") + ",400,0.6", Row("W201") + ",2,1.5", Row("W202") + ",2,0"));

        // Assert
        Assert.Equal(
            [
                "2|days absent|Enter the days absent in the last 12 months as a number from 0 to 366, like 4 or 4.5",
                "3|fte|Enter the FTE as a number more than 0 and at most 1, like 0.6 for three days a week",
                "4|fte|Enter the FTE as a number more than 0 and at most 1, like 0.6 for three days a week",
            ],
            preview.Errors());
        Assert.Null(await factory.StaffAsync("W200"));
        Assert.Null(await factory.StaffAsync("W201"));
        Assert.Null(await factory.StaffAsync("W202"));
    }

    [Fact]
    public async Task Confirm_FileWithoutTheColumns_KeepsWhatIsStoredAndAChangeIsAnUpdate()
    {
        // Arrange: W300 is 0.8 FTE with 3 days absent.
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var (firstPath, firstPreview) = await client.PreviewAsync(CsvWithPattern(Row("W300") + ",3,0.8"));
        (await client.ConfirmAsync(firstPath, firstPreview)).Dispose();

        // Act: the older file without the columns changes nothing; a new fte is an update of that column.
        var (_, unchanged) = await client.PreviewAsync(Csv(Row("W300")));
        var (path, changed) = await client.PreviewAsync(CsvWithPattern(Row("W300") + ",,0.5"));
        (await client.ConfirmAsync(path, changed)).Dispose();

        // Assert
        Assert.Equal("1", unchanged.SummaryValue("Unchanged"));
        Assert.Equal("1", changed.SummaryValue("People to update"));
        Assert.Contains("fte", changed.Body!.TextContent, StringComparison.Ordinal);
        var w300 = await factory.StaffAsync("W300");
        Assert.Equal(0.5m, w300!.FullTimeEquivalent);
        Assert.Equal(3m, w300.AbsenceDays);

        // The change is kept as history, by "import" (the first file made the record: no change to keep then).
        var history = await factory.WithDbAsync(db => db.WorkingPatternChanges.Where(c => c.StaffMemberId == w300.Id).Select(c => new { c.FromFte, c.ToFte, c.ChangedBy }).ToListAsync());
        var change = Assert.Single(history);
        Assert.Equal((0.8m, 0.5m, "import"), (change.FromFte, change.ToFte, change.ChangedBy));
    }

    [Fact]
    public async Task Upload_UnknownExtraColumn_IsStillRefused()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);

        // Act
        using var response = await client.UploadAsync(StaffHeader + ",days absent,hours\r\n" + Row("W400") + ",1,37\r\n");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The header has columns the import does not know: hours", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
