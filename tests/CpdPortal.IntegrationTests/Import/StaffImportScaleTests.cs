using System.Diagnostics;
using System.Globalization;
using System.Net;
using CpdPortal.IntegrationTests.Activities;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;
using static CpdPortal.IntegrationTests.Import.ImportTestData;

namespace CpdPortal.IntegrationTests.Import;

/// <summary>A generated 10,000-row HR file: preview, apply, re-apply. Times go to the test output; only correctness is asserted.</summary>
public sealed class StaffImportScaleTests(CpdPortalFactory factory, ITestOutputHelper output) : IClassFixture<CpdPortalFactory>
{
    private static readonly string[] Teams = ["Adoption", "Fostering", "Children in Care", "Early Help 5–19", "Youth Justice Service"];

    [Fact]
    public async Task Confirm_TenThousandRows_CreatesEveryoneThenChangesNothingOnReapply()
    {
        // Arrange: 100 leads supervised by Alex, everyone else by one of the leads; some registered, some leavers.
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var alex = await factory.StaffNumberAsync("alex.morgan@demo.test");
        var rows = Enumerable.Range(1, 10_000).Select(i =>
        {
            var number = "H" + i.ToString("D5", CultureInfo.InvariantCulture);
            var supervisor = i <= 100 ? alex : "H" + (((i - 1) % 100) + 1).ToString("D5", CultureInfo.InvariantCulture);
            var registered = i % 3 == 0;
            return Row(
                number, first: "Person", last: "Number" + i.ToString(CultureInfo.InvariantCulture), team: Teams[i % Teams.Length], supervisor: supervisor,
                registered: registered ? "yes" : "no", registration: registered ? "SW9" + i.ToString("D6", CultureInfo.InvariantCulture) : "",
                employment: i % 10 == 0 ? "agency" : "permanent", start: "2020-04-01", leave: i > 100 && i % 50 == 0 ? "2026-03-31" : "");
        }).ToArray();
        var csv = Csv(rows);
        var before = await factory.QueryAsync(db => db.StaffMembers.CountAsync());

        // Act
        var clock = Stopwatch.StartNew();
        var (path, preview) = await client.PreviewAsync(csv);
        var previewTime = clock.Elapsed;
        clock.Restart();
        using var applied = await client.ConfirmAsync(path, preview);
        var applyTime = clock.Elapsed;
        clock.Restart();
        var (againPath, againPreview) = await client.PreviewAsync(csv);
        var againPreviewTime = clock.Elapsed;
        var linesAfterFirst = await factory.QueryAsync(db => db.SupervisorLines.CountAsync());
        clock.Restart();
        using var reapplied = await client.ConfirmAsync(againPath, againPreview);
        var reapplyTime = clock.Elapsed;
        output.WriteLine($"10,000 rows: upload + preview {previewTime.TotalSeconds:F1} s, apply {applyTime.TotalSeconds:F1} s, re-upload + preview {againPreviewTime.TotalSeconds:F1} s, re-apply {reapplyTime.TotalSeconds:F1} s");

        // Assert
        Assert.Equal("10000", preview.SummaryValue("People to create"));
        Assert.Equal("0", preview.SummaryValue("Rows with errors (skipped)"));
        Assert.Equal(HttpStatusCode.Found, applied.StatusCode);
        Assert.Equal(before + 10_000, await factory.QueryAsync(db => db.StaffMembers.CountAsync()));
        Assert.Equal(10_000, await factory.QueryAsync(db => db.StaffMembers.CountAsync(s => EF.Functions.Like(s.StaffNumber, "H%") && s.SupervisorId != null)));
        Assert.Equal(198, await factory.QueryAsync(db => db.StaffMembers.CountAsync(s => EF.Functions.Like(s.StaffNumber, "H%") && s.LeaveDate != null)));
        Assert.Equal("10000", againPreview.SummaryValue("Unchanged"));
        Assert.Equal("0", againPreview.SummaryValue("People to update"));
        Assert.Equal(HttpStatusCode.Found, reapplied.StatusCode);
        Assert.Equal(linesAfterFirst, await factory.QueryAsync(db => db.SupervisorLines.CountAsync()));
    }
}
