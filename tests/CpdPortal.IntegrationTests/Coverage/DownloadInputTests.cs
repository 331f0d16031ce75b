using System.Net;
using CpdPortal.Domain.Auditing;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Coverage;

/// <summary>
/// The downloads and the practice-quality report given values nobody could pick from their pages: a bad audit filter
/// is refused with its message and downloads nothing (and records no export); an unreadable year or an unknown round
/// answers as if the value were not there.
/// </summary>
public sealed class DownloadInputTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    [Fact]
    public async Task AuditExport_BadFilter_Answers400WithTheMessageAndRecordsNoExport()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Ade);
        var exportsBefore = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.AuditLogExported));

        // Act
        using var response = await client.GetAsync("/admin/audit/export?From.Day=31&From.Month=2&From.Year=2026");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var document = await response.GetDocumentAsync();
        Assert.Equal("The start date must be a real date", document.GetSingle(".govuk-error-summary a[href='#From_Day']").NormalisedText());
        Assert.Equal(exportsBefore, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.AuditLogExported)));
    }

    [Theory]
    [InlineData("not-a-date")]
    [InlineData("2026-02-31")]
    public async Task PracticeQualityReport_UnreadableYear_ShowsTheCurrentYearsReport(string year)
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Pat);
        var expected = (await client.GetDocumentAsync("/quality/report")).QuerySelector("main h1")?.NormalisedText();

        // Act
        using var response = await client.GetAsync($"/quality/report?year={year}");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(expected);
        Assert.Equal(expected, (await response.GetDocumentAsync()).QuerySelector("main h1")?.NormalisedText());
    }

    [Fact]
    public async Task PracticeQualityReportCsv_UnreadableYear_IsTheCurrentYearsFileWithItsHeadings()
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Pat);
        var expected = await client.GetStringAsync("/quality/report.csv");

        // Act
        using var response = await client.GetAsync("/quality/report.csv?year=%3Cscript%3E");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("Group,Name,Reviewed,Met,Percent met\r\n", text, StringComparison.Ordinal);
        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData("?round=987654")]
    [InlineData("?round=abc&team=-1&role=xyz")]
    public async Task SurveyDownload_UnknownOrUnreadableIds_IsTheLatestRoundsFile(string query)
    {
        // Arrange
        using var client = factory.CreateClientFor(DemoAccounts.Lee);
        using var latest = await client.GetAsync("/reports/survey/download");
        var expected = await latest.Content.ReadAsStringAsync();

        // Act
        using var response = await client.GetAsync("/reports/survey/download" + query);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(latest.Content.Headers.ContentDisposition?.ToString() ?? latest.Headers.GetValues("Content-Disposition").Single(),
            response.Content.Headers.ContentDisposition?.ToString() ?? response.Headers.GetValues("Content-Disposition").Single());
        Assert.Equal(expected, await response.Content.ReadAsStringAsync());
    }
}
