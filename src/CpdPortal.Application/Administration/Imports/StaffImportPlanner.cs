using CpdPortal.Domain.Workforce;

namespace CpdPortal.Application.Administration.Imports;

/// <summary>A staff member as the import compares them (one row of one query, not a tracked entity).</summary>
public sealed record ExistingStaff(
    int Id,
    string StaffNumber,
    string GivenName,
    string FamilyName,
    string Email,
    string JobTitle,
    int TeamId,
    int? SupervisorId,
    string? RegistrationNumber,
    EmploymentType EmploymentType,
    DateOnly StartDate,
    DateOnly? LeaveDate)
{
    public decimal Fte { get; init; } = 1m;

    public decimal? AbsenceDays { get; init; }
}

public sealed record ExistingTeam(int Id, string Name, bool IsActive);

/// <summary>A valid row and what applying it does.</summary>
public sealed record PlannedStaffRow(int Row, StaffImportRecord Record, int TeamId, ExistingStaff? Existing, StaffChangeKind? Kind, IReadOnlyList<string> ChangedColumns)
{
    public bool SupervisorChanges(IReadOnlyDictionary<int, string> numberOf) =>
        !string.Equals(Record.SupervisorStaffNumber, Existing?.SupervisorId is { } id ? numberOf.GetValueOrDefault(id) : null, StringComparison.Ordinal);
}

/// <summary>Every row's fate: the valid rows (created, updated, retired or unchanged) and the errors of the others.</summary>
public sealed record StaffImportPlan(IReadOnlyList<PlannedStaffRow> Valid, IReadOnlyList<ImportRowError> Errors, int Rows, IReadOnlyDictionary<int, string> NumberOf)
{
    public int Count(StaffChangeKind? kind) => Valid.Count(r => r.Kind == kind);

    public int RowsWithErrors => Errors.Select(e => e.Row).Distinct().Count();
}

/// <summary>
/// Works out what an HR file would do, in memory, from the existing staff and teams (loaded once): each row's own
/// rules (StaffImportRules), then what needs the other rows and the database — duplicates in the file, emails of
/// other people, unknown or retired teams, supervisors that exist neither in the portal nor in the file, leavers
/// as supervisors, and cycles in the supervision lines the whole file would leave. A row with an error is skipped;
/// rows that lean on a skipped row are checked again until nothing changes.
/// </summary>
public static class StaffImportPlanner
{
    public static StaffImportPlan Plan(CsvContent file, IReadOnlyList<ExistingStaff> staff, IReadOnlyList<ExistingTeam> teams)
    {
        ArgumentNullException.ThrowIfNull(file);
        var errors = new List<ImportRowError>();
        var records = new List<(int Row, StaffImportRecord Record)>();
        foreach (var row in file.Rows)
        {
            if (row.Error is not null)
            {
                errors.Add(new ImportRowError(row.Number, "row", row.Error));
                continue;
            }

            var (record, rowErrors) = StaffImportRules.Validate(StaffImportRow.From(c => file.Cell(row, c)));
            errors.AddRange(rowErrors.Select(e => new ImportRowError(row.Number, e.Column, e.Message)));
            if (record is not null)
            {
                records.Add((row.Number, record));
            }
        }

        var byNumber = staff.GroupBy(s => s.StaffNumber, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var byEmail = staff.GroupBy(s => s.Email, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var numberOf = staff.ToDictionary(s => s.Id, s => s.StaffNumber);
        var teamByName = teams.GroupBy(t => t.Name.Trim(), StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);

        var rejected = new HashSet<int>();
        void Reject(int row, string column, string message)
        {
            errors.Add(new ImportRowError(row, column, message));
            rejected.Add(row);
        }

        Duplicates(records, r => r.StaffNumber, StaffImportColumns.StaffNumber, "Staff number", Reject);
        Duplicates(records, r => r.Email, StaffImportColumns.Email, "Email address", Reject);

        var teamOf = new Dictionary<int, int>();
        foreach (var (row, record) in records)
        {
            var existing = byNumber.GetValueOrDefault(record.StaffNumber);
            if (byEmail.TryGetValue(record.Email, out var owner) && owner.StaffNumber != record.StaffNumber)
            {
                Reject(row, StaffImportColumns.Email, $"Another staff member (staff number {owner.StaffNumber}) already has this email address");
            }

            if (!teamByName.TryGetValue(record.TeamName, out var team))
            {
                Reject(row, StaffImportColumns.Team, $"There is no team called \"{record.TeamName}\"; add it on the Teams page first or correct the name");
            }
            else if (!team.IsActive && existing?.TeamId != team.Id)
            {
                Reject(row, StaffImportColumns.Team, $"The team \"{team.Name}\" is retired");
            }
            else
            {
                teamOf[row] = team.Id;
            }
        }

        SupervisorLines(records, rejected, byNumber, numberOf, Reject);

        var valid = records.Where(r => !rejected.Contains(r.Row))
            .Select(r => Classify(r.Row, r.Record, teamOf[r.Row], byNumber.GetValueOrDefault(r.Record.StaffNumber), numberOf))
            .ToList();
        return new StaffImportPlan(valid, [.. errors.OrderBy(e => e.Row)], file.Rows.Count, numberOf);
    }

    private static void Duplicates(List<(int Row, StaffImportRecord Record)> records, Func<StaffImportRecord, string> key, string column, string what, Action<int, string, string> reject)
    {
        foreach (var group in records.GroupBy(r => key(r.Record), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var rows = string.Join(", ", group.Select(r => r.Row));
            foreach (var (row, _) in group)
            {
                reject(row, column, $"{what} {group.Key} is on more than one row (rows {rows}); keep one");
            }
        }
    }

    /// <summary>Supervisor lines across the whole result, repeated until no further row is skipped.</summary>
    private static void SupervisorLines(
        List<(int Row, StaffImportRecord Record)> records,
        HashSet<int> rejected,
        Dictionary<string, ExistingStaff> byNumber,
        Dictionary<int, string> numberOf,
        Action<int, string, string> reject)
    {
        const string column = StaffImportColumns.SupervisorStaffNumber;
        while (true)
        {
            var inFile = records.Where(r => !rejected.Contains(r.Row)).ToDictionary(r => r.Record.StaffNumber, StringComparer.Ordinal);
            var before = rejected.Count;
            foreach (var (row, record) in inFile.Values)
            {
                if (record.SupervisorStaffNumber is not { } number)
                {
                    continue;
                }

                var current = byNumber.GetValueOrDefault(record.StaffNumber)?.SupervisorId is { } currentId ? numberOf.GetValueOrDefault(currentId) : null;
                var inThisFile = inFile.TryGetValue(number, out var planned);
                var stored = byNumber.GetValueOrDefault(number);
                var leaves = inThisFile ? planned.Record.LeaveDate : stored?.LeaveDate;
                if (!inThisFile && stored is null)
                {
                    reject(row, column, $"There is no staff member with staff number {number}, in the portal or in this file");
                }
                else if (leaves is not null && current != number)
                {
                    reject(row, column, $"Staff number {number} has a leave date and cannot supervise anyone");
                }
            }

            if (rejected.Count == before)
            {
                foreach (var (row, cycle) in Cycles(inFile.Values.Where(r => !rejected.Contains(r.Row)).ToList(), byNumber, numberOf))
                {
                    reject(row, column, $"This would make a supervision cycle: {string.Join(" supervised by ", cycle)}");
                }
            }

            if (rejected.Count == before)
            {
                return;
            }
        }
    }

    /// <summary>The rows of the file that close a loop in the lines (file rows over the database's), with the loop.</summary>
    private static List<(int Row, IReadOnlyList<string> Cycle)> Cycles(
        List<(int Row, StaffImportRecord Record)> valid,
        Dictionary<string, ExistingStaff> byNumber,
        Dictionary<int, string> numberOf)
    {
        var fileRow = valid.ToDictionary(r => r.Record.StaffNumber, r => r.Row, StringComparer.Ordinal);
        var supervisorOf = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var person in byNumber.Values)
        {
            supervisorOf[person.StaffNumber] = person.SupervisorId is { } id ? numberOf.GetValueOrDefault(id) : null;
        }

        foreach (var (_, record) in valid)
        {
            supervisorOf[record.StaffNumber] = record.SupervisorStaffNumber;
        }

        var found = new List<(int, IReadOnlyList<string>)>();
        var settled = new HashSet<string>(StringComparer.Ordinal); // known to reach the top without a loop, or already reported
        foreach (var (_, record) in valid)
        {
            var path = new List<string>();
            var onPath = new Dictionary<string, int>(StringComparer.Ordinal);
            string? current = record.StaffNumber;
            while (current is not null && !settled.Contains(current))
            {
                if (onPath.TryGetValue(current, out var start))
                {
                    var loop = path.GetRange(start, path.Count - start);
                    var shown = loop.Append(loop[0]).ToList();
                    found.AddRange(loop.Where(fileRow.ContainsKey).Select(n => (fileRow[n], (IReadOnlyList<string>)shown)));
                    break;
                }

                onPath[current] = path.Count;
                path.Add(current);
                current = supervisorOf.GetValueOrDefault(current);
            }

            settled.UnionWith(path);
        }

        return found;
    }

    private static PlannedStaffRow Classify(int row, StaffImportRecord record, int teamId, ExistingStaff? existing, IReadOnlyDictionary<int, string> numberOf)
    {
        if (existing is null)
        {
            return new PlannedStaffRow(row, record, teamId, null, StaffChangeKind.Create, []);
        }

        var changed = new List<string>();
        void Compare<T>(T before, T after, string column)
        {
            if (!EqualityComparer<T>.Default.Equals(before, after))
            {
                changed.Add(column);
            }
        }

        Compare(existing.GivenName, record.GivenName, StaffImportColumns.FirstName);
        Compare(existing.FamilyName, record.FamilyName, StaffImportColumns.LastName);
        Compare(existing.Email, record.Email, StaffImportColumns.Email);
        Compare(existing.JobTitle, record.JobTitle, StaffImportColumns.JobTitle);
        Compare(existing.TeamId, teamId, StaffImportColumns.Team);
        Compare(existing.SupervisorId is { } s ? numberOf.GetValueOrDefault(s) : null, record.SupervisorStaffNumber, StaffImportColumns.SupervisorStaffNumber);
        Compare(existing.RegistrationNumber, record.RegistrationNumber, StaffImportColumns.RegistrationNumber);
        Compare(existing.EmploymentType, record.EmploymentType, StaffImportColumns.EmploymentType);
        Compare(existing.StartDate, record.StartDate, StaffImportColumns.StartDate);
        Compare(existing.LeaveDate, record.LeaveDate, StaffImportColumns.LeaveDate);
        if (record.Fte is { } fte)
        {
            Compare(existing.Fte, fte, StaffImportColumns.Fte);
        }

        if (record.AbsenceDays is { } absence)
        {
            Compare(existing.AbsenceDays, absence, StaffImportColumns.DaysAbsent);
        }
        StaffChangeKind? kind = changed.Count == 0 ? null
            : existing.LeaveDate is null && record.LeaveDate is not null ? StaffChangeKind.Retire
            : StaffChangeKind.Update;
        return new PlannedStaffRow(row, record, teamId, existing, kind, changed);
    }
}
