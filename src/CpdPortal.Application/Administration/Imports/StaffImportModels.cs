using CpdPortal.Application.Common;

namespace CpdPortal.Application.Administration.Imports;

public enum StaffChangeKind
{
    Create,
    Update,
    Retire,
}

/// <summary>A problem with one row: the row number as a spreadsheet shows it, the column and the reason.</summary>
public sealed record ImportRowError(int Row, string Column, string Message);

/// <summary>A row the import will apply: who, what happens and, for an update, which columns change.</summary>
public sealed record StaffChangeRow(int Row, string StaffNumber, string Name, StaffChangeKind Kind, IReadOnlyList<string> ChangedColumns);

/// <summary>What confirming the file would do. Rows with errors are skipped; nothing has changed yet.</summary>
public sealed record StaffImportPreview(
    Guid Id,
    string FileName,
    int Rows,
    int Creates,
    int Updates,
    int Retires,
    int Unchanged,
    int RowsWithErrors,
    PagedResult<StaffChangeRow> Changes,
    PagedResult<ImportRowError> Errors);

/// <summary>What an applied file did.</summary>
public sealed record StaffImportResult(int Created, int Updated, int Retired, int Unchanged, int Skipped, int SupervisorLinesChanged)
{
    /// <summary>The counts for the audit log's entity id (no free text): c created, u updated, r retired, n unchanged, s skipped.</summary>
    public string AuditCounts => FormattableString.Invariant($"c{Created} u{Updated} r{Retired} n{Unchanged} s{Skipped}");
}
