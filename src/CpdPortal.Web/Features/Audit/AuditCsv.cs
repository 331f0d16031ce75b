using System.Globalization;
using System.Text;
using CpdPortal.Application.Auditing;
using CpdPortal.Web.Features.Export;
using CsvHelper;
using CsvHelper.Configuration;

namespace CpdPortal.Web.Features.Audit;

/// <summary>The audit log as CSV: UTC times in ISO 8601, every cell neutralised against formula injection.</summary>
public static class AuditCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static IReadOnlyList<string> Headers { get; } = ["Time (UTC)", "Person", "Action", "Record type", "Record id", "IP address"];

    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        InjectionOptions = InjectionOptions.None, // CpdRecordCsv.Neutralise does it, the same for every export
        NewLine = "\r\n",
    };

    public static string FileName(DateOnly today) => $"audit-log-{today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv";

    public static byte[] Write(IEnumerable<AuditRow> rows)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = new CsvWriter(writer, Configuration))
        {
            WriteRow(csv, Headers);
            foreach (var row in rows)
            {
                WriteRow(csv, [row.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), row.Actor, row.Action, row.EntityType, row.EntityId, row.IpAddress]);
            }
        }

        return stream.ToArray();
    }

    private static void WriteRow(CsvWriter csv, IEnumerable<string?> cells)
    {
        foreach (var cell in cells)
        {
            csv.WriteField(CpdRecordCsv.Neutralise(cell));
        }

        csv.NextRecord();
    }
}
