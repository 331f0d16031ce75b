using System.Buffers;
using System.Globalization;
using System.Text;
using CpdPortal.Application.Export;
using CpdPortal.Application.Registration;
using CsvHelper;
using CsvHelper.Configuration;

namespace CpdPortal.Web.Features.Export;

/// <summary>
/// The CSV file of an export: UTF-8 with a byte order mark (so spreadsheets read accents and dashes), RFC 4180
/// quoting by CsvHelper, and every cell neutralised against formula injection.
/// </summary>
public static class CpdRecordCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary>The full record's columns.</summary>
    public static IReadOnlyList<string> FullHeaders { get; } =
    [
        "Date", "End date", "Method", "Title", "Hours", "Days", "Status", "Certificated", "Description and relevance",
        "What I learnt", "Impact on practice and on children and families", "Peer", "Peer reflection", "Competence areas",
    ];

    /// <summary>Social Work England's columns, in the order its form asks for them.</summary>
    public static IReadOnlyList<string> SweHeaders => SweFields.Labels;

    // RFC 4180: a cell holding a comma, a quote or ANY line break is quoted. CsvHelper's default looks only for the
    // configured NewLine ("\r\n"), so a reflection typed with bare "\n" line breaks would split the row.
    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");

    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        // Injection is handled by Neutralise below, so every cell gets the same, tested treatment.
        InjectionOptions = InjectionOptions.None,
        NewLine = "\r\n",
        ShouldQuote = args => !string.IsNullOrEmpty(args.Field)
            && (args.Field.AsSpan().ContainsAny(NeedsQuotes) || args.Field[0] == ' ' || args.Field[^1] == ' '),
    };

    public static string FileName(DateOnly today) => $"cpd-record-{today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv";

    public static byte[] Write(ExportRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = new CsvWriter(writer, Configuration))
        {
            WriteRow(csv, record.SweFields ? SweHeaders : FullHeaders);
            foreach (var entry in record.Entries)
            {
                WriteRow(csv, record.SweFields ? SweRow(entry) : FullRow(entry));
            }
        }

        return stream.ToArray();
    }

    /// <summary>
    /// A cell a spreadsheet could run as a formula (starting with =, +, -, @, a tab or a carriage return) gets a
    /// leading apostrophe, so it is shown as text. Null becomes an empty cell.
    /// </summary>
    public static string Neutralise(string? cell)
    {
        if (string.IsNullOrEmpty(cell))
        {
            return string.Empty;
        }

        return cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + cell : cell;
    }

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

    private static void WriteRow(CsvWriter csv, IEnumerable<string?> cells)
    {
        foreach (var cell in cells)
        {
            csv.WriteField(Neutralise(cell));
        }

        csv.NextRecord();
    }

    private static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
