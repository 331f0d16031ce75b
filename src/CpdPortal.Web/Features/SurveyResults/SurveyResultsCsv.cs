using System.Globalization;
using CpdPortal.Application.Survey;
using CpdPortal.Domain.Survey;
using CpdPortal.Web.Infrastructure;

namespace CpdPortal.Web.Features.SurveyResults;

/// <summary>
/// The results' three tables in one CSV file, one after another with a blank line between, written by CsvFile
/// (every cell neutralised against formula injection, as in every export). A suppressed group gets the reason only.
/// </summary>
public static class SurveyResultsCsv
{
    public const string ContentType = CsvFile.ContentType;

    /// <summary>The file for <paramref name="round"/> (null: no round yet) and its figures, live or kept as on the page.</summary>
    public static byte[] Write(SurveyResultsRound? round, SurveyFigures results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var rows = new List<string[]>
        {
            new[] { "Round", round?.Title ?? "No survey rounds yet" },
            new[] { "Responses", Number(results.Responses) },
        };
        if (results.IsSuppressed)
        {
            rows.Add([SurveyAnonymity.SuppressedMessage]);
            return CsvFile.Write(rows);
        }

        rows.Add(["Complete responses", Number(results.Complete)]);
        rows.Add(["Staff in post", Number(results.StaffCount)]);
        rows.Add([]);
        rows.Add(["Method", "Mean rating (1 to 5)", "Ratings", "Not used"]);
        rows.AddRange(results.Methods.Select(m => new[] { m.Method, m.Mean?.ToString("0.00", CultureInfo.InvariantCulture) ?? string.Empty, Number(m.Rated), Number(m.NotUsed) }));
        rows.Add([]);
        rows.Add(["Method wished for", "Respondents"]);
        rows.AddRange(results.Wishes.Select(w => new[] { w.Label, Number(w.Count) }));
        rows.Add([]);
        rows.Add(["Barrier", "Respondents"]);
        rows.AddRange(results.Barriers.Select(b => new[] { b.Label, Number(b.Count) }));
        return CsvFile.Write(rows);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
