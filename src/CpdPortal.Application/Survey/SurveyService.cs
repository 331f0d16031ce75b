using CpdPortal.Application.Common;
using CpdPortal.Domain.Common;
using CpdPortal.Domain.Survey;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Survey;

/// <summary>A staff member answering the open training-needs survey (/survey).</summary>
public sealed class SurveyService(ICpdPortalDbContext db, TimeProvider clock)
{
    public const string AlreadyAnsweredMessage = "You have already answered this survey round. Each person can answer once";

    /// <summary>The open round, the methods it asks about, and my answer if I have given one.</summary>
    public async Task<SurveyPage> GetAsync(int staffMemberId, CancellationToken ct = default)
    {
        var round = await OpenRoundAsync(ct);
        var methods = await MethodsAsync(ct);
        if (round is null)
        {
            return new SurveyPage(null, methods, null);
        }

        var summary = new SurveyRoundSummary(round.Id, round.Title, round.OpenedOn, round.ClosingDate);
        var response = await db.SurveyResponses.AsNoTracking()
            .Where(r => r.RoundId == round.Id && r.StaffMemberId == staffMemberId)
            .Select(r => new { r.Id, r.SubmittedAt, r.IsComplete, r.NoBarriers, r.OtherBarrier })
            .SingleOrDefaultAsync(ct);
        if (response is null)
        {
            return new SurveyPage(summary, methods, null);
        }

        // Three small reads rather than one query joining all three lists (a cartesian product).
        var mine = db.SurveyResponses.Where(r => r.Id == response.Id);
        var ratings = await mine.SelectMany(r => r.Ratings)
            .Join(db.CpdMethods, r => r.MethodId, m => m.Id, (r, m) => new { m.Order, m.Name, r.Rating })
            .OrderBy(x => x.Order).ThenBy(x => x.Name)
            .ToListAsync(ct);
        var wishes = await mine.SelectMany(r => r.Wishes)
            .Join(db.CpdMethods, w => w.MethodId, m => m.Id, (w, m) => new { m.Order, m.Name })
            .OrderBy(x => x.Order).ThenBy(x => x.Name)
            .Select(x => x.Name)
            .ToListAsync(ct);
        var barriers = await mine.SelectMany(r => r.Barriers).Select(b => b.Barrier).OrderBy(b => b).ToListAsync(ct);
        var answer = new MyAnswer(
            response.SubmittedAt,
            response.IsComplete,
            ratings.Select(r => (r.Name, r.Rating)).ToList(),
            wishes,
            barriers,
            response.NoBarriers,
            response.OtherBarrier);
        return new SurveyPage(summary, methods, answer);
    }

    /// <summary>
    /// Saves my answer to the open round. Throws <see cref="DomainRuleException"/> when no round is open or I have
    /// answered it already, <see cref="DomainValidationException"/> for bad answers. Nothing is saved twice: the
    /// same form sent again answers with its first post's response (docs/adr/0017-one-record-per-form-submission.md),
    /// and the unique index on round and person refuses a second answer from another form. Null when the form
    /// instance is not mine or I have no staff record.
    /// </summary>
    public async Task<Submission?> SubmitAsync(int staffMemberId, SurveyAnswers answers, FormInstance? form, CancellationToken ct = default)
    {
        if (await OncePerForm.EarlierAsync(db, form, SubmittedRecords.SurveyResponse, ct) is { } earlier)
        {
            return earlier.Outcome == SubmissionOutcome.NotYours ? null : earlier;
        }

        var round = await OpenRoundAsync(ct) ?? throw new DomainRuleException("survey.closed", "There is no survey open at the moment");
        var respondent = await db.StaffMembers.Where(s => s.Id == staffMemberId)
            .Select(s => new SurveyRespondent(s.Id, s.TeamId, s.PathwayRoleId))
            .SingleOrDefaultAsync(ct);
        if (respondent is null)
        {
            return null;
        }

        var methodIds = (await MethodsAsync(ct)).Select(m => m.Id).ToList();
        var answered = await db.SurveyResponses.AnyAsync(r => r.RoundId == round.Id && r.StaffMemberId == staffMemberId, ct);
        var now = clock.GetUtcNow();
        var response = SurveyResponse.Submit(round, respondent, answers, methodIds, answered, now, clock.UkToday());
        db.SurveyResponses.Add(response);
        try
        {
            var saved = await OncePerForm.SaveAsync(db, form, SubmittedRecords.SurveyResponse, () => response.Id, now, ct);
            return saved.Outcome == SubmissionOutcome.NotYours ? null : saved;
        }
        catch (DbUpdateException ex) when (db.IsUniqueViolation(ex))
        {
            // Another answer from this person reached the round at the same moment (not this same form again).
            throw new DomainRuleException("survey.once", AlreadyAnsweredMessage);
        }
    }

    private async Task<SurveyRound?> OpenRoundAsync(CancellationToken ct)
    {
        var today = clock.UkToday();
        return await db.SurveyRounds.AsNoTracking()
            .Where(r => r.ClosedEarlyOn == null && r.OpenedOn <= today && r.ClosingDate >= today)
            .OrderByDescending(r => r.Id)
            .FirstOrDefaultAsync(ct);
    }

    private async Task<List<SurveyMethod>> MethodsAsync(CancellationToken ct) =>
        await db.CpdMethods.AsNoTracking().Where(m => m.IsActive).OrderBy(m => m.Order).ThenBy(m => m.Name)
            .Select(m => new SurveyMethod(m.Id, m.Name)).ToListAsync(ct);
}
