using System.Net;
using CpdPortal.Domain.Competence;
using CpdPortal.IntegrationTests.Activities;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Learning;

/// <summary>
/// Publishing a new PCF version (its own database): the old version is superseded, mappings and role expectations
/// move to the areas with the same key, and every practitioner page shows the current version, with Sam's earlier
/// stage carried over and his history kept under version 1.
/// </summary>
public sealed class FrameworkPublishTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    [Fact]
    public async Task Publish_RenamedArea_CarriesMappingsExpectationsAndStagesForwardAndTheOldVersionIsSuperseded()
    {
        // Arrange
        using var lee = factory.CreateClientFor(DemoAccounts.Lee);
        using var sam = factory.CreateClientFor(DemoAccounts.Sam);
        var pcf = await factory.FrameworkIdAsync("PCF");
        var samId = await ActivityTestData.StaffIdAsync(factory, DemoAccounts.Sam);
        var old = (await factory.FindFrameworkAsync(pcf))!;
        var samsArea = await factory.QueryAsync(db => db.StageAssessments
            .Where(a => a.StaffMemberId == samId && old.Areas.Select(x => x.Id).Contains(a.AreaId))
            .OrderByDescending(a => a.AssessedAt)
            .Select(a => new { a.AreaId, a.Stage })
            .FirstAsync());
        var oldArea = old.Areas.Single(a => a.Id == samsArea.AreaId);
        var knowledge = old.Areas.Single(a => a.Name == "Knowledge");
        var mappedToKnowledge = await factory.QueryAsync(db => db.Courses.CountAsync(c => c.Mappings.Any(m => m.AreaId == knowledge.Id)));
        var expectingKnowledge = await factory.QueryAsync(db => db.PathwayRoles.CountAsync(r => r.Expectations.Any(e => e.AreaId == knowledge.Id)));
        var alexId = await ActivityTestData.StaffIdAsync(factory, DemoAccounts.Alex);
        await factory.QueryAsync(async db =>
        {
            var self = await db.StageAssessments.Where(a => a.StaffMemberId == samId && a.AreaId == oldArea.Id).OrderByDescending(a => a.Id).FirstAsync();
            db.StageAssessments.Add(StageAssessment.Validate(self, alexId, self.Stage, null, factory.Clock.GetUtcNow()));
            return await db.SaveChangesAsync();
        });
        var draft = await lee.NewVersionAsync(pcf);
        var draftArea = (await factory.FindFrameworkAsync(draft))!.Areas.Single(a => a.Key == oldArea.Key);
        var draftKnowledge = (await factory.FindFrameworkAsync(draft))!.Areas.Single(a => a.Key == knowledge.Key);
        using var renamed = await lee.PostWithTokenAsync(
            $"/learning/frameworks/{draft.Text()}/areas/{draftArea.Id.Text()}",
            FrameworkTestData.AreaForm(oldArea.Name + " (2027)", (1, "New novice wording for version 2.")));

        // Act
        using var published = await lee.PostWithTokenAsync($"/learning/frameworks/{draft.Text()}/publish");

        // Assert
        Assert.Equal(HttpStatusCode.Found, renamed.StatusCode);
        Assert.Equal(HttpStatusCode.Found, published.StatusCode);
        Assert.Equal(FrameworkStatus.Superseded, (await factory.FindFrameworkAsync(pcf))!.Status);
        Assert.Equal(FrameworkStatus.Published, (await factory.FindFrameworkAsync(draft))!.Status);
        Assert.Equal(mappedToKnowledge, await factory.QueryAsync(db => db.Courses.CountAsync(c => c.Mappings.Any(m => m.AreaId == draftKnowledge.Id))));
        Assert.Equal(expectingKnowledge, await factory.QueryAsync(db => db.PathwayRoles.CountAsync(r => r.Expectations.Any(e => e.AreaId == draftKnowledge.Id))));
        Assert.Equal(0, await factory.QueryAsync(db => db.PathwayRoles.CountAsync(r => r.Expectations.Any(e => e.AreaId == knowledge.Id))));

        var assessment = await sam.GetDocumentAsync("/my/assessment");
        Assert.Null(assessment.QuerySelector($"tr[data-area-id='{oldArea.Id.Text()}']"));
        var row = assessment.GetSingle($"tr[data-area-id='{draftArea.Id.Text()}']");
        Assert.Equal(oldArea.Name + " (2027)", row.GetSingle("th").NormalisedText());
        Assert.StartsWith(DreyfusStages.Name(samsArea.Stage), row.GetSingle("[data-testid=current-stage]").NormalisedText(), StringComparison.Ordinal);
        Assert.Equal("(assessed under version 1)", row.GetSingle("[data-testid=carried]").NormalisedText());

        var areaPage = await sam.GetDocumentAsync($"/my/assessment/{draftArea.Id.Text()}");
        Assert.Contains("New novice wording for version 2.", areaPage.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(areaPage.QuerySelectorAll("[data-testid=under-version]"), s => s.NormalisedText() == $"(under version 1: {oldArea.Name})");

        using var oldAreaPage = await sam.GetAsync($"/my/assessment/{oldArea.Id.Text()}");
        Assert.Equal(HttpStatusCode.NotFound, oldAreaPage.StatusCode);

        var grid = await lee.GetDocumentAsync($"/learning/mapping?framework={draft.Text()}");
        Assert.Equal(9, grid.QuerySelectorAll("[data-testid=grid] tbody tr").Length);
        using var oldGrid = await lee.GetAsync($"/learning/mapping?framework={pcf.Text()}");
        Assert.Equal(HttpStatusCode.NotFound, oldGrid.StatusCode);

        var pathway = await sam.GetDocumentAsync("/my/pathway");
        Assert.DoesNotContain(pathway.QuerySelectorAll("[data-testid=gaps] tr[data-area-id]"), r => old.Areas.Any(a => a.Id.Text() == r.GetAttribute("data-area-id")));

        var stagesReport = await lee.GetDocumentAsync("/reports/stages");
        var areaRows = stagesReport.QuerySelectorAll("[data-testid=report-table]")[1].QuerySelectorAll("tbody tr th, tbody tr td:first-child").Select(c => c.NormalisedText()).ToList();
        Assert.Contains($"{oldArea.Name} (2027) (Professional Capabilities Framework)", areaRows);
        Assert.DoesNotContain($"{oldArea.Name} (Professional Capabilities Framework)", areaRows);

        var home = await sam.GetDocumentAsync("/");
        Assert.Equal("6 of 19 areas", home.GetSingle("[data-testid=practitioner-progress]").SummaryValue("Stages assessed"));
    }

    [Fact]
    public async Task SelfAssess_AreaOfASupersededVersion_Answers404AndSavesNothing()
    {
        // Arrange
        using var lee = factory.CreateClientFor(DemoAccounts.Lee);
        using var sam = factory.CreateClientFor(DemoAccounts.Sam);
        var samId = await ActivityTestData.StaffIdAsync(factory, DemoAccounts.Sam);
        var core = await factory.FrameworkIdAsync("PQS-CF");
        var area = (await factory.FindFrameworkAsync(core))!.Areas.First().Id;
        var draft = await lee.NewVersionAsync(core);
        using var published = await lee.PostWithTokenAsync($"/learning/frameworks/{draft.Text()}/publish");
        var before = await factory.QueryAsync(db => db.StageAssessments.CountAsync(a => a.StaffMemberId == samId));

        // Act
        using var response = await sam.PostWithTokenAsync($"/my/assessment/{area.Text()}", ("Stage", "3"), ("Evidence", "Assessed against the old version."));

        // Assert
        Assert.Equal(HttpStatusCode.Found, published.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before, await factory.QueryAsync(db => db.StageAssessments.CountAsync(a => a.StaffMemberId == samId)));
    }
}
