using System.Globalization;
using System.Text;
using CpdPortal.Application.Reports;

namespace CpdPortal.Web.Features.Reports;

/// <summary>
/// What the audit log records about a report CSV download: whether it names staff (a table with a "Name" or
/// "Supervisor" column), how many rows name someone, and the filters applied. Never a name.
/// </summary>
public static class ReportAudit
{
    private static readonly string[] PersonColumns = ["Name", "Supervisor"];

    /// <summary>The rows of a downloaded table if it names staff (0: the CSV names nobody and is not audited).</summary>
    public static int NamedRows(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.Columns.Any(c => PersonColumns.Contains(c, StringComparer.Ordinal)) ? table.Rows.Count : 0;
    }

    /// <summary>"rows=12 year=2026 team=3 role=2 registered=yes employment=Agency": the counts and filters, short enough for the entry's id.</summary>
    public static string Describe(ReportFilter filter, int rows)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"rows={rows} year={filter.Year}");
        if (filter.TeamId is { } team)
        {
            text.Append(CultureInfo.InvariantCulture, $" team={team}");
        }

        if (filter.RoleId is { } role)
        {
            text.Append(CultureInfo.InvariantCulture, $" role={role}");
        }

        if (filter.Registered is { } registered)
        {
            text.Append(registered ? " registered=yes" : " registered=no");
        }

        if (filter.Employment is { } employment)
        {
            text.Append(CultureInfo.InvariantCulture, $" employment={employment}");
        }

        return text.ToString();
    }
}
