using System.Globalization;
using System.Text;
using CpdPortal.Domain.Survey;
using CpdPortal.Web.Features.Export;
using CsvHelper;
using CsvHelper.Configuration;
using Results = CpdPortal.Application.Survey.SurveyResults;

namespace CpdPortal.Web.Features.SurveyResults;

/// <summary>
/// The results' three tables in one CSV file, one after another with a blank line between, every cell neutralised
/// against formula injection the same way as the CPD record export. A suppressed group gets the reason only.
/// </summary>
public static class SurveyResultsCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        InjectionOptions = InjectionOptions.None,
        NewLine = "\r\n",
    };

    public static byte[] Write(Results results)
    {
        ArgumentNullException.ThrowIfNull(results);
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = new CsvWriter(writer, Configuration))
        {
            Row(csv, "Round", results.Round?.Title ?? "No survey rounds yet");
            Row(csv, "Responses", Number(results.Responses));
            if (results.IsSuppressed)
            {
                Row(csv, SurveyAnonymity.SuppressedMessage);
                return Finish(stream, writer);
            }

            Row(csv, "Complete responses", Number(results.Complete));
            Row(csv, "Staff in post", Number(results.StaffCount));
            csv.NextRecord();
            Row(csv, "Method", "Mean rating (1 to 5)", "Ratings", "Not used");
            foreach (var m in results.Methods)
            {
                Row(csv, m.Method, m.Mean?.ToString("0.00", CultureInfo.InvariantCulture) ?? string.Empty, Number(m.Rated), Number(m.NotUsed));
            }

            csv.NextRecord();
            Row(csv, "Method wished for", "Respondents");
            foreach (var w in results.Wishes)
            {
                Row(csv, w.Label, Number(w.Count));
            }

            csv.NextRecord();
            Row(csv, "Barrier", "Respondents");
            foreach (var b in results.Barriers)
            {
                Row(csv, b.Label, Number(b.Count));
            }
        }

        return stream.ToArray();
    }

    private static byte[] Finish(MemoryStream stream, StreamWriter writer)
    {
        writer.Flush();
        return stream.ToArray();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Row(CsvWriter csv, params string[] cells)
    {
        foreach (var cell in cells)
        {
            csv.WriteField(CpdRecordCsv.Neutralise(cell));
        }

        csv.NextRecord();
    }
}
