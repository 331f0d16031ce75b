using System.Globalization;
using System.Text;
using CpdPortal.Application.Common;
using CpdPortal.Application.PracticeQuality;
using CpdPortal.Domain.PracticeQuality;
using CpdPortal.Web.Authorization;
using CpdPortal.Web.Infrastructure;
using CpdPortal.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdPortal.Web.Features.PracticeQuality;

/// <summary>
/// Employer quality assurance (docs/adr/0028): Practice quality reviewers draw samples of completed entries, review them
/// without the author's name and read the outcomes report. A round someone else drew, and its reviews, answer 404.
/// </summary>
[Authorize(Policy = Policies.PracticeQuality)]
[Route("quality")]
public sealed class PracticeQualityController(PracticeQualityService quality, ICurrentUser user) : Controller
{

    [HttpGet("")]
    public async Task<IActionResult> Index(int? page, CancellationToken ct) => View(await quality.ListAsync(user.AccountId, page, ct));

    [HttpGet("samples/new")]
    public async Task<IActionResult> New(CancellationToken ct) =>
        View(new DrawSampleForm { Years = await quality.YearsAsync(ct), Percent = QualitySampling.DefaultPercent.ToString(CultureInfo.InvariantCulture) });

    [HttpPost("samples/new")]
    [RedisplayOnRuleBroken(nameof(NewAgain))]
    public async Task<IActionResult> New(DrawSampleForm form, CancellationToken ct)
    {
        var percent = decimal.TryParse(form.Percent?.Trim().TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out var p) ? p : (decimal?)null;
        if (percent is null && !string.IsNullOrWhiteSpace(form.Percent))
        {
            ModelState.AddModelError(nameof(form.Percent), "Enter the percentage as a number, like 2.5");
        }

        ModelState.ThrowIfUnreadable();
        var year = DateOnly.TryParseExact(form.Year, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var y) ? y : (DateOnly?)null;
        var id = await quality.DrawAsync(user.AccountId, user.StaffMemberId, year, percent, ct);
        TempData.Success("Sample drawn");
        return RedirectToAction(nameof(Sample), new { id });
    }

    [HttpGet("samples/{id:int}")]
    public async Task<IActionResult> Sample(int id, int? page, CancellationToken ct)
    {
        var sample = await quality.GetSampleAsync(user.AccountId, id, page, ct);
        return sample is null ? NotFound() : View(sample);
    }

    [HttpGet("reviews/{id:int}")]
    public async Task<IActionResult> Review(int id, CancellationToken ct)
    {
        var review = await quality.GetReviewAsync(user.AccountId, id, ct);
        return review is null ? NotFound() : View(new ReviewViewModel(review, ReviewForm.From(review)));
    }

    [HttpPost("reviews/{id:int}")]
    [RedisplayOnRuleBroken(nameof(ReviewAgain))]
    public async Task<IActionResult> Review(int id, ReviewForm form, CancellationToken ct)
    {
        var review = await quality.GetReviewAsync(user.AccountId, id, ct);
        if (review is null)
        {
            return NotFound();
        }

        // A choice that is not on the list reads as no choice (ReviewForm.ToInput): the domain's message says what to
        // do, so the binder's own message for it is not kept beside it.
        ModelState.Clear();
        await quality.RecordReviewAsync(user.AccountId, id, form.ToInput(), ct);
        TempData.Success("Review saved");
        return RedirectToAction(nameof(Sample), new { id = review.SampleId });
    }

    /// <summary>Shows the author's name on this review from now on; the audit log records who revealed it.</summary>
    [HttpPost("reviews/{id:int}/reveal")]
    public async Task<IActionResult> Reveal(int id, CancellationToken ct)
    {
        if (!await quality.RevealAuthorAsync(user.AccountId, id, ct))
        {
            return NotFound();
        }

        return RedirectToAction(nameof(Review), new { id });
    }

    [HttpGet("report")]
    public async Task<IActionResult> Report(string? year, CancellationToken ct) => View(await quality.ReportAsync(ParseYear(year), ct));

    [HttpGet("report.csv")]
    public async Task<IActionResult> ReportCsv(string? year, CancellationToken ct)
    {
        var report = await quality.ReportAsync(ParseYear(year), ct);
        var csv = new StringBuilder("Group,Name,Reviewed,Met,Percent met\r\n");
        void Rows(string group, IEnumerable<OutcomeRow> rows)
        {
            foreach (var r in rows)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{group},{Csv(r.Name)},{r.Reviewed},{r.Met},{r.Percent}\r\n");
            }
        }

        Rows("Criterion", report.ByCriterion);
        Rows("Team", report.ByTeam);
        Rows("Role", report.ByRole);
        return File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv", $"practice-quality-{report.Year.Start:yyyy}-{report.Year.End:yyyy}.csv");
    }

    private async Task<IActionResult> NewAgain(DrawSampleForm form, CancellationToken ct)
    {
        form.Years = await quality.YearsAsync(ct);
        return View(nameof(New), form);
    }

    private async Task<IActionResult> ReviewAgain(int id, ReviewForm form, CancellationToken ct)
    {
        var review = await quality.GetReviewAsync(user.AccountId, id, ct);
        return review is null ? NotFound() : View(nameof(Review), new ReviewViewModel(review, form));
    }

    private static DateOnly? ParseYear(string? year) =>
        DateOnly.TryParseExact(year, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var y) ? y : null;

    /// <summary>Quotes a field, doubling quotes, and defuses a leading formula character for spreadsheets.</summary>
    private static string Csv(string value)
    {
        var safe = value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}

public sealed class DrawSampleForm
{
    public string? Year { get; set; }

    public string? Percent { get; set; }

    public IReadOnlyList<Domain.Settings.DatePeriod> Years { get; set; } = [];
}

public sealed class ReviewForm
{
    public ReviewJudgement? WhatLearnt { get; set; }

    public ReviewJudgement? ImpactOnPractice { get; set; }

    public ReviewJudgement? ImpactOnPeople { get; set; }

    public ReviewJudgement? PeerReflection { get; set; }

    public string? Feedback { get; set; }

    public static ReviewForm From(ReviewDetail review) => new()
    {
        WhatLearnt = review.WhatLearntJudgement,
        ImpactOnPractice = review.ImpactOnPracticeJudgement,
        ImpactOnPeople = review.ImpactOnPeopleJudgement,
        PeerReflection = review.PeerReflectionJudgement,
        Feedback = review.Feedback,
    };

    public ReviewInput ToInput() => new(Known(WhatLearnt), Known(ImpactOnPractice), Known(ImpactOnPeople), Known(PeerReflection), Feedback);

    private static ReviewJudgement? Known(ReviewJudgement? value) => value is ReviewJudgement.Met or ReviewJudgement.NotMet ? value : null;
}

public sealed record ReviewViewModel(ReviewDetail Review, ReviewForm Form);
