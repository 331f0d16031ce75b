using System.Globalization;
using CpdPortal.Application.Export;
using CpdPortal.Application.Registration;
using CpdPortal.Web.Infrastructure;

namespace CpdPortal.Web.Features.Export;

/// <summary>The CSV file of an export (written by <see cref="CsvFile"/>): the full record, or Social Work England's fields.</summary>
public static class CpdRecordCsv
{
    public const string ContentType = CsvFile.ContentType;

    /// <summary>The full record's columns.</summary>
    public static IReadOnlyList<string> FullHeaders { get; } =
    [
        "Date", "End date", "Method", "Title", "Hours", "Days", "Status", "Certificated", "Description and relevance",
        "What I learnt", "Impact on practice and on children and families", "Peer", "Peer reflection", "Competence areas",
    ];

    /// <summary>Social Work England's columns, in the order its form asks for them.</summary>
    public static IReadOnlyList<string> SweHeaders => SweFields.Labels;

    public static string FileName(DateOnly today) => $"cpd-record-{today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv";

    public static byte[] Write(ExportRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        IEnumerable<IReadOnlyList<string?>> rows = [record.SweFields ? SweHeaders : FullHeaders, .. record.Entries.Select(e => record.SweFields ? SweRow(e) : FullRow(e))];
        return CsvFile.Write(rows);
    }

    /// <summary>See <see cref="CsvFile.Neutralise"/>.</summary>
    public static string Neutralise(string? cell) => CsvFile.Neutralise(cell);

    private static IReadOnlyList<string?> SweRow(ExportEntry e) =>
    [
        e.Method,
        e.Description,
        IsoDate(e.Date),
        e.WhatLearnt,
        e.Impact,
        SweFields.PeerReflection(e.PeerName, e.PeerReflection),
    ];

    private static IReadOnlyList<string?> FullRow(ExportEntry e) =>
    [
        IsoDate(e.Date),
        e.EndDate is { } end ? IsoDate(end) : null,
        e.Method,
        e.Title,
        e.Hours.ToString("0.##", CultureInfo.InvariantCulture),
        e.Days.ToString("0.#", CultureInfo.InvariantCulture),
        e.IsDraft ? "Draft" : "Complete",
        e.Certificated ? "Yes" : "No",
        e.Description,
        e.WhatLearnt,
        e.Impact,
        e.PeerName,
        e.PeerReflection,
        string.Join("; ", e.Areas),
    ];

    private static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
