using System.Globalization;
using CpdPortal.Application.Auditing;
using CpdPortal.Web.Infrastructure;

namespace CpdPortal.Web.Features.Audit;

/// <summary>The audit log as CSV (written by <see cref="CsvFile"/>): UTC times in ISO 8601.</summary>
public static class AuditCsv
{
    public const string ContentType = CsvFile.ContentType;

    public static IReadOnlyList<string> Headers { get; } = ["Time (UTC)", "Person", "Action", "Record type", "Record id", "IP address"];

    public static string FileName(DateOnly today) => $"audit-log-{today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv";

    public static byte[] Write(IEnumerable<AuditRow> rows) =>
        CsvFile.Write(
        [
            Headers,
            .. rows.Select(row => new[] { row.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), row.Actor, row.Action, row.EntityType, row.EntityId, row.IpAddress }),
        ]);
}
