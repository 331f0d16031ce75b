using System.Globalization;
using CpdPortal.Domain.Common;

namespace CpdPortal.Domain.Imports;

/// <summary>The columns of the course completions file, exactly as its header must name them (any order, any case).</summary>
public static class CompletionImportColumns
{
    public const string StaffNumber = "staff number";
    public const string Course = "course";
    public const string Date = "date";
    public const string Hours = "hours";
    public const string Certificated = "certificated";

    public static IReadOnlyList<string> All { get; } = [StaffNumber, Course, Date, Hours, Certificated];
}

/// <summary>One data row of the completions file as typed.</summary>
public sealed record CompletionImportRow(string? StaffNumber, string? Course, string? Date, string? Hours, string? Certificated)
{
    public static CompletionImportRow From(Func<string, string?> cell) => new(
        cell(CompletionImportColumns.StaffNumber), cell(CompletionImportColumns.Course), cell(CompletionImportColumns.Date),
        cell(CompletionImportColumns.Hours), cell(CompletionImportColumns.Certificated));
}

/// <summary>A completion row that passed its own rules.</summary>
public sealed record CompletionImportRecord(string StaffNumber, string CourseTitle, DateOnly Date, decimal Hours, bool Certificated);

/// <summary>
/// The rules one completions row must meet on its own: a staff number and a course title (never formula-looking),
/// a real date not in the future, hours above 0 and at most <see cref="MaxHours"/>, certificated yes or no. Who the
/// person is, which course, and the CPD entry's own rules are checked by the import.
/// </summary>
public static class CompletionImportRules
{
    public const decimal MaxHours = 100m;

    public static (CompletionImportRecord? Record, IReadOnlyList<ImportError> Errors) Validate(CompletionImportRow row, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(row);
        var errors = new List<ImportError>();
        var number = ImportCells.Text(row.StaffNumber, CompletionImportColumns.StaffNumber, errors, c => Guard.Text(c, FieldLengths.StaffNumber, "import.staffNumber", "the staff number"));
        var course = ImportCells.Text(row.Course, CompletionImportColumns.Course, errors, c => Guard.Text(c, FieldLengths.Title, "import.course", "the course title"));

        DateOnly? date = null;
        if (string.IsNullOrWhiteSpace(row.Date))
        {
            errors.Add(new ImportError(CompletionImportColumns.Date, "Enter the date the course was completed"));
        }
        else if (!ImportCells.TryParseDate(row.Date, out var parsed))
        {
            errors.Add(new ImportError(CompletionImportColumns.Date, ImportCells.DateMessage(CompletionImportColumns.Date)));
        }
        else if (parsed > today)
        {
            errors.Add(new ImportError(CompletionImportColumns.Date, "The date must be today or in the past"));
        }
        else
        {
            date = parsed;
        }

        decimal? hours = null;
        if (!decimal.TryParse(row.Hours?.Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var h))
        {
            errors.Add(new ImportError(CompletionImportColumns.Hours, "Enter the hours as a number, like 3 or 1.5"));
        }
        else if (h <= 0 || h > MaxHours)
        {
            errors.Add(new ImportError(CompletionImportColumns.Hours, $"The hours must be more than 0 and no more than {MaxHours.ToString(CultureInfo.InvariantCulture)}"));
        }
        else
        {
            hours = h;
        }

        var certificated = ImportCells.ParseYesNo(row.Certificated);
        if (certificated is null)
        {
            errors.Add(new ImportError(CompletionImportColumns.Certificated, "Enter yes or no for certificated"));
        }

        return errors.Count > 0
            ? (null, errors)
            : (new CompletionImportRecord(number!, course!, date!.Value, hours!.Value, certificated!.Value), errors);
    }
}
