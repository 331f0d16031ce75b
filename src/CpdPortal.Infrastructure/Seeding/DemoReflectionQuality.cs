using CpdPortal.Application.Common;
using CpdPortal.Application.ReflectionQuality;
using CpdPortal.Domain.Activities;
using CpdPortal.Domain.PracticeQuality;
using CpdPortal.Domain.ReflectionQuality;
using CpdPortal.Domain.Workforce;
using CpdPortal.Infrastructure.Identity;
using CpdPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Infrastructure.Seeding;

/// <summary>
/// The demo council's reflection quality (issue 16 point 4): one registered social worker without a demo account whose
/// entries trip each check (an identifying detail confirmed as not identifying, an entry missing each written criterion,
/// a draft, a near-copy of last year's entry), the Practice quality reviewer Pat Quinn (pat.quinn@demo.test, that role
/// only, no staff record), and Pat's round of the registration year in progress with a few reviews done. The six
/// named accounts' records are not touched. Deterministic for a given seed and clock.
/// </summary>
internal sealed class DemoReflectionQuality(CpdPortalDbContext db, UserManager<ApplicationUser> users)
{
    public const string ReviewerLocalPart = "pat.quinn";

    /// <summary>How many of the round's reviews are done, with feedback.</summary>
    private const int ReviewsDone = 3;

    private const string Learnt =
        "I learnt how to write a danger statement that names the worry, who is worried and what could happen, in words the family use.";

    private const string Impact =
        "My plans now say plainly what has to change, and the children and parents I support tell me they understand why I am involved.";

    private const string Peer =
        "My peer read two of my plans and showed me where I slipped back into professional language a parent would not use.";

    /// <summary>
    /// Seeds it all; <paramref name="people"/> are the current staff without a demo account (the named accounts'
    /// records stay as the guides describe them), <paramref name="seed"/> the round's fixed seed.
    /// </summary>
    public async Task SeedAsync(IReadOnlyList<StaffMember> people, DateOnly today, DateTimeOffset now, int seed, CancellationToken ct)
    {
        var settings = await db.Settings.SingleAsync(ct);
        var year = settings.RegistrationRule.Year.PeriodContaining(today);
        var method = await db.CpdMethods.Where(m => m.IsActive).OrderBy(m => m.Order).Select(m => m.Id).FirstAsync(ct);
        var writer = people.Where(p => p.IsRegisteredSocialWorker).OrderBy(p => p.Id).First();

        CpdActivity Entry(string title, DateOnly date, string? learnt, string? impact, string? peer, ActivityStatus status = ActivityStatus.Complete)
        {
            var details = new ActivityDetails(method, title, date, null, 3m, "A day's learning with colleagues from across the service.", learnt, impact, peer is null ? null : "A colleague", peer, false, status, []);
            var activity = CpdActivity.Record(writer.Id, details, date, now);
            db.CpdActivities.Add(activity);
            return activity;
        }

        // Last year's entry, and this year's near-copy of it (the same writing, a new title).
        Entry("Signs of Safety two-day course", year.Start.AddDays(-120), Learnt, Impact, Peer);
        Entry("Signs of Safety refresher", year.Start.AddDays(40), Learnt, Impact, Peer);

        // One entry missing each written criterion, and a draft.
        Entry("Reading on adolescent neglect", year.Start.AddDays(70), "Neglect.", "I now ask older children directly about food, sleep and who is at home, and record what they tell me in their words.", null);
        Entry("Court skills workshop", year.Start.AddDays(100), "The judge explained how a statement separates the evidence from the social worker's analysis and opinion.", "Useful day.", null);
        Entry("Team briefing on thresholds", year.Start.AddDays(130), "How the new threshold document describes need at each level, with examples from our own referrals.", "I now check the level of need against the examples before I recommend a step down to early help.", null, ActivityStatus.Draft);

        // An entry whose check found a "name" the writer confirmed is not identifying (a model of practice), with the
        // confirmation recorded as the form records it: kinds and counts, never the text.
        const string ConfirmedLearnt = "Reading Grace Hill on relational practice helped me see how trust is built between visits, not only during them.";
        var confirmed = Entry(
            "Relational practice reading group",
            year.Start.AddDays(160),
            ConfirmedLearnt,
            "I plan each visit around one thing the young person asked for last time, and they now tell me more about their week and their worries.",
            "In the reading group my colleague asked how I end a visit; we agreed to always say when I will come back and why.");
        await db.SaveChangesAsync(ct);
        var found = new IdentifyingDetailsDetector(IdentifyingDetailsRules.None).Find(ConfirmedLearnt);
        if (found.Count > 0)
        {
            db.IdentifyingDetailsConfirmations.Add(new IdentifyingDetailsConfirmation(writer.Id, now, ConfirmedRecordTypes.CpdActivity, confirmed.Id, nameof(CpdActivity.WhatLearnt), found));
        }

        var reviewer = await CreateReviewerAsync();

        // Pat's round of this registration year: the same candidates and fixed seed draw the same sample each time.
        var candidates = await db.CpdActivities
            .Where(a => a.Status == ActivityStatus.Complete && a.Date >= year.Start && a.Date <= year.End)
            .Join(db.StaffMembers.Where(s => s.RegistrationNumber != null), a => a.StaffMemberId, s => s.Id, (a, s) => new SampleCandidate(a.Id, s.TeamId))
            .ToListAsync(ct);
        var sample = QualitySample.Draw(year, 2.5m, seed, candidates, reviewer.Id, now);
        var withoutAccounts = people.Select(p => p.Id).ToHashSet();
        var authors = await db.CpdActivities
            .Where(a => a.Date >= year.Start && a.Date <= year.End && a.Status == ActivityStatus.Complete)
            .Select(a => new { a.Id, a.StaffMemberId })
            .ToDictionaryAsync(a => a.Id, a => a.StaffMemberId, ct);
        var feedback = new[]
        {
            "A clear account of what you learnt and how your plans changed. Say more about what the children noticed.",
            "The impact on your practice is clear; the peer reflection would be stronger with what you will do differently.",
            "What you learnt is only named, not explained: write two or three sentences on what was new to you.",
        };
        var done = 0;
        foreach (var review in sample.Reviews.Where(r => withoutAccounts.Contains(authors[r.ActivityId])).OrderBy(r => r.ActivityId).Take(ReviewsDone))
        {
            var met = done < 2 ? ReviewJudgement.Met : ReviewJudgement.NotMet;
            review.Record(met, ReviewJudgement.Met, ReviewJudgement.Met, done == 1 ? ReviewJudgement.NotMet : ReviewJudgement.Met, feedback[done], now);
            done++;
        }

        db.QualitySamples.Add(sample);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The demo reviewer: Practice quality only, no staff record (docs/adr/0028 needs none).</summary>
    private async Task<ApplicationUser> CreateReviewerAsync()
    {
        var email = $"{ReviewerLocalPart}@{SeedOptions.DemoEmailDomain}";
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Pat Quinn" };
        var created = await users.CreateAsync(user, SeedOptions.DemoPassword);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException("Could not create demo account: " + string.Join("; ", created.Errors.Select(e => e.Code)));
        }

        var added = await users.AddToRolesAsync(user, [PortalRoles.PracticeQuality]);
        if (!added.Succeeded)
        {
            throw new InvalidOperationException("Could not add demo roles: " + string.Join("; ", added.Errors.Select(e => e.Code)));
        }

        return user;
    }
}
