using System.Text;
using CpdPortal.Application.Export;
using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Settings;
using CpdPortal.Web.Features.Export;

namespace CpdPortal.Web.Tests.Export;

public class CpdRecordCsvTests
{
    [Theory]
    [InlineData("=SUM(A1:A2)", "'=SUM(A1:A2)")]
    [InlineData("+44 20", "'+44 20")]
    [InlineData("-1", "'-1")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\tindented", "'\tindented")]
    [InlineData("\rreturn", "'\rreturn")]
    public void Neutralise_CellStartingWithAFormulaCharacter_GetsALeadingApostrophe(string cell, string expected)
    {
        // Act
        var result = CpdRecordCsv.Neutralise(cell);

        // Assert
        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData("Reflective supervision", "Reflective supervision")]
    [InlineData("a=b", "a=b")]
    [InlineData(" =leading space", " =leading space")]
    [InlineData("2026-11-22", "2026-11-22")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Neutralise_OrdinaryCell_IsUnchanged(string? cell, string expected)
    {
        // Act
        var result = CpdRecordCsv.Neutralise(cell);

        // Assert
        Assert.Equal(expected, result);
    }

    [Fact]
    public void Write_FullRecord_StartsWithABomAndQuotesCommasQuotesAndLineBreaks()
    {
        // Arrange
        var record = Record(sweFields: false, Entry("=Title, with \"quotes\"", "Line one\nline two", ActivityStatus.Draft));

        // Act
        var bytes = CpdRecordCsv.Write(record);

        // Assert
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes.Take(3));
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.StartsWith(string.Join(',', CpdRecordCsv.FullHeaders) + "\r\n", lines, StringComparison.Ordinal);
        Assert.Contains(
            "2026-10-01,,Workshop or course,\"'=Title, with \"\"quotes\"\"\",7.4,1,Draft,No,\"Line one\nline two\",",
            lines,
            StringComparison.Ordinal);
        Assert.EndsWith("Critical reflection and analysis; Values and ethics\r\n", lines, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_SweFields_WritesSwesSixColumnsInTheirOrder()
    {
        // Arrange
        var record = Record(sweFields: true, Entry("A title", "Why it matters", ActivityStatus.Complete));

        // Act
        var text = Encoding.UTF8.GetString(CpdRecordCsv.Write(record)).TrimStart('\uFEFF');

        // Assert
        Assert.Equal(
            "Type of CPD,Short description and relevance,Date,What did you learn?,Impact on your practice and on people who use services,Peer reflection\r\n" +
            "Workshop or course,Why it matters,2026-10-01,Learnt,Impact,Peer: My supervisor. Reflection\r\n",
            text);
    }

    [Fact]
    public void FileName_Today_NamesTheFileForTheDay()
    {
        // Act
        var name = CpdRecordCsv.FileName(new DateOnly(2026, 11, 22));

        // Assert
        Assert.Equal("cpd-record-2026-11-22.csv", name);
    }

    private static ExportRecord Record(bool sweFields, params ExportEntry[] entries) =>
        new("Sam Patel", new DatePeriod(new DateOnly(2026, 4, 1), new DateOnly(2027, 3, 31)), sweFields, entries);

    private static ExportEntry Entry(string title, string description, ActivityStatus status) =>
        new(
            1,
            new DateOnly(2026, 10, 1),
            null,
            "Workshop or course",
            title,
            7.4m,
            1m,
            status,
            false,
            description,
            "Learnt",
            "Impact",
            "My supervisor",
            "Reflection",
            ["Critical reflection and analysis", "Values and ethics"]);
}
