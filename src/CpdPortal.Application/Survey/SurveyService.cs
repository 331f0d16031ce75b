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
    /// unique index catches a double submit that races past the check.
    /// </summary>
    public async Task<bool> SubmitAsync(int staffMemberId, SurveyAnswers answers, CancellationToken ct = default)
    {
        var round = await OpenRoundAsync(ct) ?? throw new DomainRuleException("survey.closed", "There is no survey open at the moment");
        var respondent = await db.StaffMembers.Where(s => s.Id == staffMemberId)
            .Select(s => new SurveyRespondent(s.Id, s.TeamId, s.PathwayRoleId))
            .SingleOrDefaultAsync(ct);
        if (respondent is null)
        {
            return false;
        }

        var methodIds = (await MethodsAsync(ct)).Select(m => m.Id).ToList();
        var answered = await db.SurveyResponses.AnyAsync(r => r.RoundId == round.Id && r.StaffMemberId == staffMemberId, ct);
        var response = SurveyResponse.Submit(round, respondent, answers, methodIds, answered, clock.GetUtcNow(), clock.UkToday());
        db.SurveyResponses.Add(response);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new DomainRuleException("survey.once", AlreadyAnsweredMessage);
        }

        return true;
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
