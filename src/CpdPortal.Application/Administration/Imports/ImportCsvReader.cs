using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace CpdPortal.Application.Administration.Imports;

/// <summary>One data row of an imported file: its row number as a spreadsheet shows it (the header is row 1), and its cells or why it has none.</summary>
public sealed record CsvRow(int Number, IReadOnlyList<string>? Cells, string? Error);

/// <summary>A file's rows by column (the header's order), or the one reason the whole file cannot be read.</summary>
public sealed class CsvContent
{
    private readonly Dictionary<string, int> _columns;

    private CsvContent(Dictionary<string, int> columns, IReadOnlyList<CsvRow> rows, string? error)
    {
        _columns = columns;
        Rows = rows;
        Error = error;
    }

    public IReadOnlyList<CsvRow> Rows { get; }

    /// <summary>Why the file cannot be imported at all (empty, not comma-separated, wrong header, too many rows).</summary>
    public string? Error { get; }

    /// <summary>The trimmed cell of a row in a named column.</summary>
    public string Cell(CsvRow row, string column) =>
        row.Cells is { } cells && _columns.TryGetValue(column, out var index) && index < cells.Count ? cells[index].Trim() : string.Empty;

    internal static CsvContent Failed(string error) => new([], [], error);

    internal static CsvContent Of(Dictionary<string, int> columns, IReadOnlyList<CsvRow> rows) => new(columns, rows, null);
}

/// <summary>
/// Reads an uploaded CSV (RFC 4180, comma-separated, UTF-8 or Windows "ANSI") with CsvHelper and checks its shape:
/// not empty, really text, comma-separated, exactly the expected header (any order, any case), at most
/// <see cref="MaxRows"/> data rows. Row-level problems (a row with too many cells) are reported per row.
/// </summary>
public static class ImportCsvReader
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const int MaxRows = 10_000;

    public const string EmptyMessage = "The selected file is empty";
    public const string NotCsvMessage = "The selected file must be a CSV file (comma-separated values saved as text)";
    public const string TooLargeMessage = "The selected file must be smaller than 10 MB";

    /// <summary>The file's text, or why it is not a text file. Strict UTF-8 first, then Windows-1252 as Excel's "CSV" saves.</summary>
    public static (string? Text, string? Error) Decode(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.LongLength > MaxBytes)
        {
            return (null, TooLargeMessage);
        }

        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            return (null, NotCsvMessage);
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            text = Encoding.Latin1.GetString(bytes);
        }

        text = text.TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, EmptyMessage);
        }

        // Control characters other than tab and line breaks do not appear in a spreadsheet's CSV.
        return text.Any(c => char.IsControl(c) && c is not '\t' and not '\r' and not '\n') ? (null, NotCsvMessage) : (text, null);
    }

    public static CsvContent Read(string text, IReadOnlyList<string> columns) => Read(text, columns, []);

    /// <summary>As <see cref="Read(string, IReadOnlyList{string})"/>, where the header may also name any of <paramref name="optionalColumns"/>.</summary>
    public static CsvContent Read(string text, IReadOnlyList<string> columns, IReadOnlyList<string> optionalColumns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(optionalColumns);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = ",",
            BadDataFound = null,
            MissingFieldFound = null,
            IgnoreBlankLines = true,
            DetectDelimiter = false,
        };
        using var reader = new StringReader(text);
        using var parser = new CsvParser(reader, configuration);
        if (!parser.Read())
        {
            return CsvContent.Failed(EmptyMessage);
        }

        var header = parser.Record!.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var headerError = HeaderError(header, columns, optionalColumns);
        if (headerError is not null)
        {
            return CsvContent.Failed(headerError);
        }

        var rows = new List<CsvRow>();
        var number = 1;
        while (parser.Read())
        {
            number++;
            var cells = parser.Record!;
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue; // a spreadsheet's trailing ",,,," line
            }

            if (rows.Count == MaxRows)
            {
                return CsvContent.Failed($"The file has more than {MaxRows.ToString("N0", CultureInfo.InvariantCulture)} rows; split it into files of {MaxRows.ToString("N0", CultureInfo.InvariantCulture)} rows or fewer");
            }

            rows.Add(cells.Length == header.Count
                ? new CsvRow(number, cells, null)
                : new CsvRow(number, null, $"This row has {cells.Length} cells but the header has {header.Count}; put quotes round any cell that contains a comma"));
        }

        return CsvContent.Of(header.Select((name, index) => (name, index)).ToDictionary(c => c.name, c => c.index), rows);
    }

    private static string? HeaderError(List<string> header, IReadOnlyList<string> columns, IReadOnlyList<string> optionalColumns)
    {
        if (header.Count == 1 && (header[0].Contains(';', StringComparison.Ordinal) || header[0].Contains('\t', StringComparison.Ordinal)))
        {
            var separator = header[0].Contains(';', StringComparison.Ordinal) ? "semicolons" : "tabs";
            return $"The file must be comma-separated, but it is separated by {separator}; save it as \"CSV (comma delimited)\"";
        }

        var duplicated = header.Where(h => h.Length > 0).GroupBy(h => h).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicated.Count > 0)
        {
            return $"The header names these columns more than once: {string.Join(", ", duplicated)}";
        }

        var missing = columns.Where(c => !header.Contains(c)).ToList();
        var unknown = header.Where(h => !columns.Contains(h) && !optionalColumns.Contains(h)).Select(h => h.Length == 0 ? "(a column with no name)" : h).ToList();
        if (missing.Count == 0 && unknown.Count == 0)
        {
            return null;
        }

        var parts = new List<string>();
        if (missing.Count > 0)
        {
            parts.Add($"the header is missing: {string.Join(", ", missing)}");
        }

        if (unknown.Count > 0)
        {
            parts.Add($"the header has columns the import does not know: {string.Join(", ", unknown)}");
        }

        var message = string.Join("; ", parts);
        return char.ToUpperInvariant(message[0]) + message[1..];
    }
}
