using System.Globalization;
using CpdPortal.Domain.Common;

namespace CpdPortal.Domain.Imports;

/// <summary>One problem with one cell of an imported file: the column's header and a message for the administrator.</summary>
public sealed record ImportError(string Column, string Message);

/// <summary>Reading the cells of an imported CSV: dates, yes/no, and cells a spreadsheet would run as a formula.</summary>
public static class ImportCells
{
    /// <summary>The date formats an import accepts: day/month/year as UK spreadsheets write it, and ISO 8601.</summary>
    public static IReadOnlyList<string> DateFormats { get; } = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    /// <summary>
    /// A text cell that starts with =, +, - or @ would run as a formula when the data is next opened in a
    /// spreadsheet (CSV injection); the import refuses it rather than storing it. The full-width forms ＝ ＋ － ＠
    /// count too: some spreadsheets read them as the ASCII ones (as <c>CsvFile.Neutralise</c> does for exports).
    /// </summary>
    public static bool LooksLikeFormula(string? cell) =>
        cell is { Length: > 0 } && cell.TrimStart() is { Length: > 0 } trimmed
        && trimmed[0] is '=' or '+' or '-' or '@' or '\uFF1D' or '\uFF0B' or '\uFF0D' or '\uFF20';

    public static string FormulaMessage(string column) =>
        $"The {column} starts with =, +, - or @, which a spreadsheet would run as a formula; remove that character";

    /// <summary>A text cell through its rule (a domain guard), or null with the error: formula-looking cells are refused first.</summary>
    internal static string? Text(string? cell, string column, List<ImportError> errors, Func<string, string> rule)
    {
        if (LooksLikeFormula(cell))
        {
            errors.Add(new ImportError(column, FormulaMessage(column)));
            return null;
        }

        try
        {
            return rule(cell ?? string.Empty);
        }
        catch (DomainRuleException ex)
        {
            errors.Add(new ImportError(column, ex.Message));
            return null;
        }
    }

    public static bool TryParseDate(string? cell, out DateOnly date) =>
        DateOnly.TryParseExact(cell?.Trim(), [.. DateFormats], CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string DateMessage(string column) =>
        $"Enter the {column} as a real date, like 27/03/2026 or 2026-03-27";

    /// <summary>yes/no (also y/n, true/false), any case; null when the cell is neither.</summary>
    public static bool? ParseYesNo(string? cell) => cell?.Trim().ToUpperInvariant() switch
    {
        "YES" or "Y" or "TRUE" => true,
        "NO" or "N" or "FALSE" => false,
        _ => null,
    };
}
