using System.Buffers;
using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace CpdPortal.Web.Infrastructure;

/// <summary>
/// The portal's CSV files: UTF-8 with a byte order mark (so spreadsheets read accents and dashes), RFC 4180 quoting
/// by CsvHelper, and every cell neutralised against formula injection.
/// </summary>
public static class CsvFile
{
    public const string ContentType = "text/csv; charset=utf-8";

    // RFC 4180: a cell holding a comma, a quote or ANY line break is quoted. CsvHelper's default looks only for the
    // configured NewLine ("\r\n"), so a text typed with bare "\n" line breaks would split the row.
    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");

    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        // Injection is handled by Neutralise below, so every cell gets the same, tested treatment.
        InjectionOptions = InjectionOptions.None,
        NewLine = "\r\n",
        ShouldQuote = args => !string.IsNullOrEmpty(args.Field)
            && (args.Field.AsSpan().ContainsAny(NeedsQuotes) || args.Field[0] == ' ' || args.Field[^1] == ' '),
    };

    public static byte[] Write(IEnumerable<IEnumerable<string?>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = new CsvWriter(writer, Configuration))
        {
            foreach (var row in rows)
            {
                foreach (var cell in row)
                {
                    csv.WriteField(Neutralise(cell));
                }

                csv.NextRecord();
            }
        }

        return stream.ToArray();
    }

    /// <summary>
    /// A cell a spreadsheet could run as a formula (starting with =, +, -, @, their full-width forms ＝ ＋ － ＠, which
    /// some spreadsheets read as the ASCII ones, a tab or a carriage return) gets a leading apostrophe, so it is shown
    /// as text. Null becomes an empty cell.
    /// </summary>
    public static string Neutralise(string? cell)
    {
        if (string.IsNullOrEmpty(cell))
        {
            return string.Empty;
        }

        return cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\uFF1D' or '\uFF0B' or '\uFF0D' or '\uFF20' ? "'" + cell : cell;
    }
}
