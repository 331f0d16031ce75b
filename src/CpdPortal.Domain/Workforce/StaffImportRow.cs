using CpdPortal.Domain.Common;
using CpdPortal.Domain.Imports;

namespace CpdPortal.Domain.Workforce;

/// <summary>The columns of the HR staff file, exactly as its header must name them (any order, any case).</summary>
public static class StaffImportColumns
{
    public const string StaffNumber = "staff number";
    public const string FirstName = "first name";
    public const string LastName = "last name";
    public const string Email = "email";
    public const string JobTitle = "job title";
    public const string Team = "team";
    public const string SupervisorStaffNumber = "supervisor staff number";
    public const string Registered = "registered";
    public const string RegistrationNumber = "registration number";
    public const string EmploymentType = "employment type";
    public const string StartDate = "start date";
    public const string LeaveDate = "leave date";
    public const string DaysAbsent = "days absent";
    public const string Fte = "fte";

    public static IReadOnlyList<string> All { get; } =
    [
        StaffNumber, FirstName, LastName, Email, JobTitle, Team, SupervisorStaffNumber, Registered, RegistrationNumber,
        EmploymentType, StartDate, LeaveDate,
    ];

    /// <summary>
    /// Columns a file may leave out (issue 15): days absent in the last 12 months and the full-time equivalent. A
    /// missing column or an empty cell leaves the stored value as it is.
    /// </summary>
    public static IReadOnlyList<string> Optional { get; } = [DaysAbsent, Fte];
}

/// <summary>One data row of the HR staff file as typed: every cell is text.</summary>
public sealed record StaffImportRow(
    string? StaffNumber,
    string? FirstName,
    string? LastName,
    string? Email,
    string? JobTitle,
    string? Team,
    string? SupervisorStaffNumber,
    string? Registered,
    string? RegistrationNumber,
    string? EmploymentType,
    string? StartDate,
    string? LeaveDate)
{
    /// <summary>The optional "days absent" cell: days absent in the last 12 months.</summary>
    public string? DaysAbsent { get; init; }

    /// <summary>The optional "fte" cell: the contracted full-time equivalent.</summary>
    public string? Fte { get; init; }

    /// <summary>A row from cells keyed by column name (missing cells are empty).</summary>
    public static StaffImportRow From(Func<string, string?> cell) => new(
        cell(StaffImportColumns.StaffNumber), cell(StaffImportColumns.FirstName), cell(StaffImportColumns.LastName),
        cell(StaffImportColumns.Email), cell(StaffImportColumns.JobTitle), cell(StaffImportColumns.Team),
        cell(StaffImportColumns.SupervisorStaffNumber), cell(StaffImportColumns.Registered),
        cell(StaffImportColumns.RegistrationNumber), cell(StaffImportColumns.EmploymentType),
        cell(StaffImportColumns.StartDate), cell(StaffImportColumns.LeaveDate))
    {
        DaysAbsent = cell(StaffImportColumns.DaysAbsent),
        Fte = cell(StaffImportColumns.Fte),
    };
}

/// <summary>A staff row that passed every rule of its own: values trimmed and normalised as StaffMember stores them.</summary>
public sealed record StaffImportRecord(
    string StaffNumber,
    string GivenName,
    string FamilyName,
    string Email,
    string JobTitle,
    string TeamName,
    string? SupervisorStaffNumber,
    string? RegistrationNumber,
    EmploymentType EmploymentType,
    DateOnly StartDate,
    DateOnly? LeaveDate)
{
    /// <summary>Days absent in the last 12 months; null when the file does not say (the stored value is kept).</summary>
    public decimal? AbsenceDays { get; init; }

    /// <summary>The full-time equivalent; null when the file does not say (the stored value is kept).</summary>
    public decimal? Fte { get; init; }
}

/// <summary>
/// The rules one HR row must meet on its own, the same as StaffMember's (lengths, email, registration number
/// format), plus what a file adds: dates in the accepted formats, yes/no, a known employment type, no cell that
/// a spreadsheet would run as a formula. Rules that need other rows or the database (unknown team, duplicates,
/// supervisor lines) belong to the import itself.
/// </summary>
public static class StaffImportRules
{
    /// <summary>The employment types, as the file writes them (the enum names, any case).</summary>
    public static IReadOnlyList<string> EmploymentTypes { get; } = Enum.GetNames<EmploymentType>().Select(n => n.ToLowerInvariant()).ToList();

    public static (StaffImportRecord? Record, IReadOnlyList<ImportError> Errors) Validate(StaffImportRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var errors = new List<ImportError>();

        var number = ImportCells.Text(row.StaffNumber, StaffImportColumns.StaffNumber, errors, n => Guard.Text(n, FieldLengths.StaffNumber, "staff.number", "the staff number"));
        var given = ImportCells.Text(row.FirstName, StaffImportColumns.FirstName, errors, n => Guard.Text(n, FieldLengths.Name, "staff.givenName", "the first name"));
        var family = ImportCells.Text(row.LastName, StaffImportColumns.LastName, errors, n => Guard.Text(n, FieldLengths.Name, "staff.familyName", "the last name"));
        var email = ImportCells.Text(row.Email, StaffImportColumns.Email, errors, StaffMember.NormaliseEmail);
        var jobTitle = ImportCells.Text(row.JobTitle, StaffImportColumns.JobTitle, errors, n => Guard.Text(n, FieldLengths.Title, "staff.jobTitle", "the job title"));
        var team = ImportCells.Text(row.Team, StaffImportColumns.Team, errors, n => Guard.Text(n, FieldLengths.Name, "team.name", "the team"));
        var supervisor = string.IsNullOrWhiteSpace(row.SupervisorStaffNumber)
            ? null
            : ImportCells.Text(row.SupervisorStaffNumber, StaffImportColumns.SupervisorStaffNumber, errors, n => Guard.Text(n, FieldLengths.StaffNumber, "staff.supervisor", "the supervisor staff number"));
        var registration = Registration(row, errors);
        var employment = Employment(row.EmploymentType, errors);
        var start = Date(row.StartDate, StaffImportColumns.StartDate, required: true, errors);
        var leave = Date(row.LeaveDate, StaffImportColumns.LeaveDate, required: false, errors);
        var absence = Number(row.DaysAbsent, StaffImportColumns.DaysAbsent, WorkingPattern.AbsenceDays, WorkingPattern.AbsenceMessage, errors);
        var fte = Number(row.Fte, StaffImportColumns.Fte, WorkingPattern.Fte, WorkingPattern.FteMessage, errors);
        if (start is { } s && leave is { } l && l < s)
        {
            errors.Add(new ImportError(StaffImportColumns.LeaveDate, "The leave date must be the same as or after the start date"));
        }

        if (supervisor is not null && number is not null && string.Equals(supervisor, number, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new ImportError(StaffImportColumns.SupervisorStaffNumber, "A person cannot supervise themselves"));
        }

        return errors.Count > 0
            ? (null, errors)
            : (new StaffImportRecord(number!, given!, family!, email!, jobTitle!, team!, supervisor, registration, employment!.Value, start!.Value, leave)
            {
                AbsenceDays = absence,
                Fte = fte,
            }, errors);
    }

    /// <summary>An optional number cell through its rule; null (keep what is stored) when empty.</summary>
    private static decimal? Number(string? cell, string column, Func<decimal, decimal> rule, string message, List<ImportError> errors)
    {
        if (string.IsNullOrWhiteSpace(cell))
        {
            return null;
        }

        if (WorkingPattern.ParseNumber(cell) is not { } number)
        {
            errors.Add(new ImportError(column, ImportCells.LooksLikeFormula(cell) && !cell.TrimStart().StartsWith('-') ? ImportCells.FormulaMessage(column) : message));
            return null;
        }

        try
        {
            return rule(number);
        }
        catch (DomainRuleException ex)
        {
            errors.Add(new ImportError(column, ex.Message));
            return null;
        }
    }

    private static string? Registration(StaffImportRow row, List<ImportError> errors)
    {
        var registered = ImportCells.ParseYesNo(row.Registered);
        if (registered is null)
        {
            errors.Add(new ImportError(StaffImportColumns.Registered, "Enter yes or no for registered"));
            return null;
        }

        var hasNumber = !string.IsNullOrWhiteSpace(row.RegistrationNumber);
        if (registered.Value && !hasNumber)
        {
            errors.Add(new ImportError(StaffImportColumns.RegistrationNumber, "Enter the Social Work England registration number of a registered social worker"));
            return null;
        }

        if (!registered.Value && hasNumber)
        {
            errors.Add(new ImportError(StaffImportColumns.RegistrationNumber, "Leave the registration number empty when registered is no"));
            return null;
        }

        return registered.Value ? ImportCells.Text(row.RegistrationNumber, StaffImportColumns.RegistrationNumber, errors, StaffMember.NormaliseRegistrationNumber) : null;
    }

    private static EmploymentType? Employment(string? cell, List<ImportError> errors)
    {
        if (Enum.TryParse<EmploymentType>(cell?.Trim(), ignoreCase: true, out var type) && Enum.IsDefined(type) && !int.TryParse(cell, out _))
        {
            return type;
        }

        errors.Add(new ImportError(StaffImportColumns.EmploymentType, $"Enter the employment type as one of: {string.Join(", ", EmploymentTypes)}"));
        return null;
    }

    private static DateOnly? Date(string? cell, string column, bool required, List<ImportError> errors)
    {
        if (string.IsNullOrWhiteSpace(cell))
        {
            if (required)
            {
                errors.Add(new ImportError(column, $"Enter the {column}"));
            }

            return null;
        }

        if (ImportCells.TryParseDate(cell, out var date))
        {
            return date;
        }

        errors.Add(new ImportError(column, ImportCells.DateMessage(column)));
        return null;
    }
}
