using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using CpdPortal.Application.Activities;
using CpdPortal.Application.Privacy;
using CpdPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.SubjectAccess;

/// <summary>
/// Streams a subject-access zip to the response: README.txt, a JSON and a CSV file per kind, and the evidence files
/// read one at a time from the configured evidence store. Nothing is buffered beyond one kind's text and the copy
/// buffer, so large evidence never sits in memory (issue 14).
/// </summary>
public sealed class SubjectAccessZipResult(SubjectAccessData data, IEvidenceStore evidence) : IActionResult
{
    public static string FileName(SubjectAccessData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return $"cpd-portal-data-{SubjectAccessService.SafeFileName(data.StaffNumber)}-{data.Produced.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.zip";
    }

    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        var ct = context.HttpContext.RequestAborted;
        response.ContentType = "application/zip";
        response.Headers.ContentDisposition = $"attachment; filename=\"{FileName(data)}\"";
        response.Headers.CacheControl = "no-store";

        // ZipArchive still writes some headers synchronously on a stream that cannot seek (the response), even through
        // its async API; allowed for this response only. Nothing is buffered beyond one entry's copy buffer.
        if (context.HttpContext.Features.Get<IHttpBodyControlFeature>() is { } body)
        {
            body.AllowSynchronousIO = true;
        }

        await WriteAsync(response.Body, data, evidence, ct);
    }

    public static async Task WriteAsync(Stream output, SubjectAccessData data, IEvidenceStore evidence, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(evidence);
        await using var zip = await ZipArchive.CreateAsync(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, ct);
        await AddAsync(zip, "README.txt", Encoding.UTF8.GetBytes(SubjectAccessReadme.Text(data)), CompressionLevel.Optimal, ct);
        foreach (var table in data.Tables)
        {
            await AddAsync(zip, $"{table.Name}.json", Json(table), CompressionLevel.Optimal, ct);
            await AddAsync(zip, $"{table.Name}.csv", CsvFile.Write(table.Rows.Prepend(table.Columns)), CompressionLevel.Optimal, ct);
        }

        foreach (var file in data.EvidenceFiles)
        {
            await using var content = await evidence.OpenAsync(file.StoredName, ct);
            if (content is null)
            {
                continue; // the record is there but its bytes are not: README.txt's evidence list still names it
            }

            // PDFs and images are compressed already: stored as they are, which is also fastest.
            var entry = zip.CreateEntry(file.PathInZip, CompressionLevel.NoCompression);
            await using var target = await entry.OpenAsync(ct);
            await content.CopyToAsync(target, ct);
        }
    }

    /// <summary>A JSON array of objects, one per row, keyed by the column names.</summary>
    public static byte[] Json(SubjectAccessTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartArray();
            foreach (var row in table.Rows)
            {
                json.WriteStartObject();
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    json.WriteString(table.Columns[i], i < row.Count ? row[i] : null);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return buffer.ToArray();
    }

    private static async Task AddAsync(ZipArchive zip, string name, byte[] bytes, CompressionLevel level, CancellationToken ct)
    {
        var entry = zip.CreateEntry(name, level);
        await using var target = await entry.OpenAsync(ct);
        await target.WriteAsync(bytes, ct);
    }
}

/// <summary>README.txt: what the zip is and what each file holds.</summary>
public static class SubjectAccessReadme
{
    public static string Text(SubjectAccessData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Everything the CPD portal holds about staff number {data.StaffNumber}, produced on {data.Produced:yyyy-MM-dd}.");
        text.AppendLine();
        text.AppendLine("Each kind of data is in two files with the same content: a .json file (for programs) and a .csv file");
        text.AppendLine("(for a spreadsheet; cells that a spreadsheet could run as a formula start with an apostrophe). Dates are");
        text.AppendLine("written as year-month-day; times are in UTC (the Z at the end). Other people are named only where the");
        text.AppendLine("record names them; a file with only a header row means the portal holds nothing of that kind about you.");
        text.AppendLine();
        foreach (var table in data.Tables)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{table.Name}.json, {table.Name}.csv ({table.Rows.Count} rows)");
            text.AppendLine(CultureInfo.InvariantCulture, $"    {table.Description}");
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"evidence/ ({data.EvidenceFiles.Count} files)");
        text.AppendLine("    The evidence files themselves, named <CPD entry id>-<file id>-<original name>; evidence-files.csv lists them.");
        text.AppendLine();
        text.AppendLine("Training-needs survey answers");
        text.AppendLine("    The survey is anonymous (docs/adr/0011-anonymous-survey-results.md). The portal keeps which rounds you");
        text.AppendLine("    answered, to allow one answer per round and count responses, and those rounds are in");
        text.AppendLine("    survey-rounds-answered.csv. Your answers are not included here: no page of the portal links them to");
        text.AppendLine("    you, and a copy made for you (or by an administrator on your behalf) must not either. Ask the data");
        text.AppendLine("    protection officer if you need them; they can be read from the database only.");
        text.AppendLine();
        text.AppendLine("Not included");
        text.AppendLine("    Your password (only a one-way hash of it is kept) and the portal's own reference data (courses,");
        text.AppendLine("    frameworks, pathways) except where your records refer to them by name.");
        return text.ToString();
    }
}
