using System.Globalization;
using CpdPortal.Application.Common;
using CpdPortal.Application.Common.Rules;
using CpdPortal.Domain.Common;
using CpdPortal.Domain.Notifications;
using CpdPortal.Domain.Survey;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Survey;

/// <summary>The L&amp;D team's survey rounds (/learning/survey): list, open, close early.</summary>
public sealed class SurveyRoundService(ICpdPortalDbContext db, TimeProvider clock)
{
    public const int PageSize = Paging.DefaultPageSize;

    public Task<PagedResult<SurveyRoundRow>> ListAsync(int? page, CancellationToken ct = default)
    {
        var today = clock.UkToday();
        return db.SurveyRounds.AsNoTracking()
            .OrderByDescending(r => r.OpenedOn).ThenByDescending(r => r.Id)
            .ToPageAsync(page, PageSize, r => new SurveyRoundRow(
                r.Id,
                r.Title,
                r.OpenedOn,
                r.ClosingDate,
                r.ClosedEarlyOn,
                r.ClosedEarlyOn == null && r.OpenedOn <= today && r.ClosingDate >= today,
                db.SurveyResponses.Count(s => s.RoundId == r.Id)),
                ct);
    }

    /// <summary>
    /// Opens a round from today and tells every current staff member in-app (one notification each, saved with the
    /// round). The message names only the closing date, never the title someone typed.
    /// </summary>
    public async Task<int> OpenAsync(OpenRoundRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var today = clock.UkToday();
        var anotherOpen = await AnotherRoundIsOpenAsync(today, ct);
        var round = SurveyRound.Open(request.Title, request.ClosingDate, today, anotherOpen);
        db.SurveyRounds.Add(round);

        var now = clock.GetUtcNow();
        var message = $"The training-needs survey is open until {round.ClosingDate.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}. Tell us what helps you learn";
        var staff = await db.StaffMembers
            .InPostOn(today)
            .Select(s => s.Id)
            .ToListAsync(ct);
        db.Notifications.AddRange(staff.Select(id => new Notification(id, message, "/survey", now, NotificationKind.SurveyOpened)));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone opened a round between the check above and this save: the database refused the overlap
            // (docs/adr/0015), and the L&D officer is told what they would have been told a moment later.
            if (!await AnotherRoundIsOpenAsync(today, CancellationToken.None))
            {
                throw;
            }

            throw new DomainRuleException(SurveyRound.OneOpenRule, SurveyRound.OneOpenMessage);
        }

        return round.Id;
    }

    /// <summary>
    /// Whether a round still takes answers today or later: the rounds the database's guard says a new round from today
    /// would overlap.
    /// </summary>
    private Task<bool> AnotherRoundIsOpenAsync(DateOnly today, CancellationToken ct) =>
        db.SurveyRounds.AnyAsync(r => r.ClosedEarlyOn == null && r.ClosingDate >= today, ct);

    /// <summary>Closes an open round early. False when there is no such round; a closed one is a <see cref="DomainRuleException"/>.</summary>
    public async Task<bool> CloseEarlyAsync(int roundId, CancellationToken ct = default)
    {
        var round = await db.SurveyRounds.SingleOrDefaultAsync(r => r.Id == roundId, ct);
        if (round is null)
        {
            return false;
        }

        round.CloseEarly(clock.UkToday());
        await db.SaveChangesAsync(ct);
        return true;
    }
}
