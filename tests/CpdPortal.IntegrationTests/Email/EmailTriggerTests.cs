using CpdPortal.Application.Certifications;
using CpdPortal.Application.Notifications;
using CpdPortal.Application.Planning;
using CpdPortal.Application.Supervision;
using CpdPortal.Application.Survey;
using CpdPortal.Application.Training;
using CpdPortal.Domain.Certifications;
using CpdPortal.Domain.Notifications;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Email;

/// <summary>
/// One test per email trigger of issue 15 (point 4) that <see cref="EmailOutboxTests"/> does not already cover with
/// its subject: each asserts the outbox row's recipient, its subject, and that its body holds none of the
/// recipient's (or their supervisees') reflections or supervision notes. Each works on its own people, so the
/// order of tests does not matter; the one that moves the clock puts it back.
/// </summary>
public sealed class EmailTriggerTests(PickupEmailFactory factory) : IClassFixture<PickupEmailFactory>
{
    [Fact]
    public async Task Booking_ConfirmedWaitlistedPromotedCancelled_EmailsEachWithItsSubject()
    {
        // Arrange: a session of one place
        var chris = await factory.StaffIdAsync(DemoAccounts.Chris);
        var lee = await factory.StaffIdAsync(DemoAccounts.Lee);
        var session = await factory.NewSessionAsync(factory.Clock.GetUtcNow().AddDays(25));
        await factory.WithDbAsync(db => db.Database.ExecuteSqlInterpolatedAsync($"UPDATE \"CourseSessions\" SET \"Capacity\" = 1 WHERE \"Id\" = {session}"));

        var since = await LastIdAsync();

        // Act
        await factory.WithServiceAsync<CourseService, BookingOutcome?>(s => s.BookAsync(chris, session));
        await factory.WithServiceAsync<CourseService, BookingOutcome?>(s => s.BookAsync(lee, session));
        await factory.WithServiceAsync<CourseService, bool>(s => s.CancelAsync(chris, session));

        // Assert
        var chrisRows = await RowsAsync(e => e.Id > since && e.RecipientStaffId == chris && e.CalendarSessionId == session);
        Assert.Equal([NotificationKind.BookingConfirmed, NotificationKind.BookingCancelled], chrisRows.Select(r => r.Kind));
        Assert.Equal("Your place on a course is booked", chrisRows[0].Subject);
        Assert.Equal("Your course booking is cancelled", chrisRows[1].Subject);
        var leeRows = await RowsAsync(e => e.Id > since && e.RecipientStaffId == lee && (e.Kind == NotificationKind.BookingWaitlisted || e.Kind == NotificationKind.BookingPromoted));
        Assert.Equal([NotificationKind.BookingWaitlisted, NotificationKind.BookingPromoted], leeRows.Select(r => r.Kind));
        Assert.Equal("You are on the waiting list for a course", leeRows[0].Subject);
        Assert.Equal("A place has come up for you on a course", leeRows[1].Subject);
        foreach (var row in chrisRows.Concat(leeRows))
        {
            await AssertNoPrivateTextAsync(row);
        }
    }

    [Fact]
    public async Task SessionReminder_TwoDaysBefore_EmailsTheBookedPerson()
    {
        // Arrange
        var lee = await factory.StaffIdAsync(DemoAccounts.Lee);
        var session = await factory.NewSessionAsync(factory.Clock.GetUtcNow().AddHours(40));
        var title = await factory.WithDbAsync(db => db.CourseSessions.Where(s => s.Id == session).Select(s => s.Course!.Title).SingleAsync());
        await factory.WithServiceAsync<CourseService, BookingOutcome?>(s => s.BookAsync(lee, session));

        var since = await LastIdAsync();

        // Act
        await factory.WithServiceAsync<ReminderService, int>(s => s.SessionRemindersAsync());

        // Assert
        var row = Assert.Single(await RowsAsync(e => e.Id > since && e.RecipientStaffId == lee && e.Kind == NotificationKind.SessionReminder));
        Assert.Equal("Reminder: your course session is in 2 days", row.Subject);
        Assert.Contains(title, row.Body, StringComparison.Ordinal);
        await AssertNoPrivateTextAsync(row);
    }

    [Fact]
    public async Task Supervision_DueAndOverdue_EmailsBothPeopleWithoutTheNotes()
    {
        var since = await LastIdAsync();

        // Act
        await factory.WithServiceAsync<ReminderService, int>(s => s.SupervisionAsync());

        // Assert: every notice went to a supervisee and to their supervisor, with the subject of its kind
        var rows = await RowsAsync(e => e.Id > since && e.Kind == NotificationKind.SupervisionDueSoon || e.Kind == NotificationKind.SupervisionOverdue);
        Assert.NotEmpty(rows);
        var supervisors = await factory.WithDbAsync(db => db.StaffMembers.Where(s => s.SupervisorId != null).Select(s => new { s.Id, Supervisor = s.SupervisorId!.Value }).ToListAsync());
        foreach (var row in rows.Where(r => r.Link == "/my/supervision"))
        {
            var supervisor = supervisors.Single(s => s.Id == row.RecipientStaffId).Supervisor;
            Assert.Contains(rows, r => r.RecipientStaffId == supervisor && r.Kind == row.Kind && r.Link == $"/supervision/{row.RecipientStaffId}");
        }

        Assert.All(rows.Where(r => r.Kind == NotificationKind.SupervisionDueSoon), r => Assert.Equal("Supervision is due in 7 days", r.Subject));
        Assert.All(rows.Where(r => r.Kind == NotificationKind.SupervisionOverdue), r => Assert.Equal("Supervision is overdue", r.Subject));
        foreach (var row in rows.Take(20))
        {
            await AssertNoPrivateTextAsync(row);
        }
    }

    [Fact]
    public async Task Plan_ChangesRequestedThenResubmitted_EmailsJoThenChrisWithoutTheComment()
    {
        // Arrange: Jo's plan is submitted to Chris in the demo council
        const string comment = "Private review comment: the goal about the Hargreaves family needs more detail.";
        var jo = await factory.StaffIdAsync(DemoAccounts.Jo);
        var chris = await factory.StaffIdAsync(DemoAccounts.Chris);
        var plan = await factory.WithDbAsync(db => db.DevelopmentPlans.Where(p => p.StaffMemberId == jo).OrderByDescending(p => p.Id).Select(p => new { p.Id, p.Version }).FirstAsync());

        var since = await LastIdAsync();

        // Act
        Assert.True(await factory.WithServiceAsync<PlanReviewService, bool>(s => s.DecideAsync(chris, plan.Id, plan.Version, PlanDecision.RequestChanges, comment)));
        Assert.True(await factory.WithServiceAsync<PlanService, bool>(s => s.SubmitAsync(jo)));

        // Assert
        var decided = Assert.Single(await RowsAsync(e => e.Id > since && e.RecipientStaffId == jo && e.Kind == NotificationKind.PlanDecided));
        Assert.Equal("Your CPD plan has been reviewed", decided.Subject);
        Assert.DoesNotContain("Hargreaves", decided.Body, StringComparison.Ordinal);
        var submitted = Assert.Single(await RowsAsync(e => e.Id > since && e.RecipientStaffId == chris && e.Kind == NotificationKind.PlanSubmitted));
        Assert.Equal("A CPD plan is waiting for your review", submitted.Subject);
        Assert.Contains("Jo Okafor has submitted a CPD plan for review", submitted.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Hargreaves", submitted.Body, StringComparison.Ordinal);
        await AssertNoPrivateTextAsync(decided);
        await AssertNoPrivateTextAsync(submitted);
    }

    [Fact]
    public async Task Certification_60And30DaysAndLapsed_EmailsTheHolderWithACopyToTheSupervisor()
    {
        // Arrange: on the demo day, three generated people whose safeguarding expires in 50 days, in 20 days, or lapsed 5 days ago
        factory.Clock.Set(FixedTimeProvider.DefaultNow);
        var (sixtyPerson, sixtySupervisor) = await PersonWithOnlyASafeguardingAwardAsync(0, expiresInDays: 50);
        var (soon, soonSupervisor) = await PersonWithOnlyASafeguardingAwardAsync(1, expiresInDays: 20);
        var (lapsed, lapsedSupervisor) = await PersonWithOnlyASafeguardingAwardAsync(2, expiresInDays: -5);
        var since = await LastIdAsync();

        // Act
        await factory.WithServiceAsync<CertificationNoticeService, int>(s => s.SendDueAsync());

        // Assert
        var sixty = Assert.Single(await RowsAsync(e => e.Id > since && e.RecipientStaffId == sixtyPerson && e.Kind == NotificationKind.CertificationExpiring60));
        Assert.Equal("A certification expires in 60 days", sixty.Subject);
        Assert.Contains("Your Safeguarding children level 3 certification expires on 11 January 2027", sixty.Body, StringComparison.Ordinal);
        var thirty = Assert.Single(await RowsAsync(e => e.Id > since && e.RecipientStaffId == soon && e.Kind == NotificationKind.CertificationExpiring30));
        Assert.Equal("A certification expires in 30 days", thirty.Subject);
        var gone = Assert.Single(await RowsAsync(e => e.Id > since && e.RecipientStaffId == lapsed && e.Kind == NotificationKind.CertificationLapsed));
        Assert.Equal("A required certification has lapsed", gone.Subject);
        Assert.Contains("You cannot turn it off", gone.Body, StringComparison.Ordinal);

        // The supervisors' copies, each about their own supervisee.
        Assert.Single(await RowsAsync(e => e.Id > since && e.RecipientStaffId == sixtySupervisor && e.Link == $"/supervision/{sixtyPerson}" && e.Body.Contains("A supervisee's Safeguarding children level 3 certification expires on")));
        Assert.Single(await RowsAsync(e => e.Id > since && e.RecipientStaffId == soonSupervisor && e.Link == $"/supervision/{soon}" && e.Body.Contains("A supervisee's Safeguarding children level 3 certification expires on")));
        var copy = Assert.Single(await RowsAsync(e => e.Id > since && e.RecipientStaffId == lapsedSupervisor && e.Kind == NotificationKind.General && e.Link == $"/supervision/{lapsed}"));
        Assert.Contains("A supervisee's Safeguarding children level 3 certification lapsed on", copy.Body, StringComparison.Ordinal);
        foreach (var row in new[] { sixty, thirty, gone, copy })
        {
            await AssertNoPrivateTextAsync(row);
        }
    }

    [Fact]
    public async Task Registration_WindowOpensOn1September_EmailsRegisteredWorkersNotMeetingTheRule()
    {
        // Arrange: the morning of 1 September, when the renewal window opens
        var before = factory.Clock.GetUtcNow();
        factory.Clock.Set(new DateTimeOffset(2026, 9, 1, 9, 0, 0, TimeSpan.Zero));
        try
        {
            var since = await LastIdAsync();

            // Act
            var told = await factory.WithServiceAsync<ReminderService, int>(s => s.RegistrationAsync());

            // Assert
            var rows = await RowsAsync(e => e.Id > since && e.Kind == NotificationKind.RegistrationWindowOpen);
            Assert.True(told > 0);
            Assert.NotEmpty(rows);
            Assert.All(rows, r => Assert.Equal("Your Social Work England renewal window is open", r.Subject));
            var recipients = rows.Select(r => r.RecipientStaffId).ToList();
            Assert.Equal(0, await factory.WithDbAsync(db => db.StaffMembers.CountAsync(s => recipients.Contains(s.Id) && s.RegistrationNumber == null)));
            Assert.Equal(0, await factory.WithDbAsync(db => db.OutboxEmails.CountAsync(e => e.Kind == NotificationKind.RegistrationDeadlineSoon)));
            foreach (var row in rows.Take(10))
            {
                await AssertNoPrivateTextAsync(row);
            }
        }
        finally
        {
            factory.Clock.Set(before);
        }
    }

    [Fact]
    public async Task FollowUp_ThreeMonthsAfterACourse_EmailsTheSupervisor()
    {
        // Arrange: a completed booking of a supervised person, without a follow-up, completed four months ago
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);
        var booking = await factory.WithDbAsync(db => db.Bookings
            .Where(b => b.ActivityId != null && b.CompletedOn != null && !db.PracticeFollowUps.Any(f => f.BookingId == b.Id))
            .Join(db.StaffMembers.Where(s => s.SupervisorId != null && s.LeaveDate == null), b => b.StaffMemberId, s => s.Id, (b, s) => new { b.Id, Supervisor = s.SupervisorId!.Value })
            .OrderBy(b => b.Id)
            .FirstAsync());
        var completed = (DateOnly?)today.AddMonths(-4);
        await factory.WithDbAsync(db => db.Bookings.Where(b => b.Id == booking.Id).ExecuteUpdateAsync(s => s.SetProperty(b => b.CompletedOn, completed)));

        var since = await LastIdAsync();

        // Act
        await factory.WithServiceAsync<PracticeFollowUpService, int>(s => s.RequestDueAsync());

        // Assert
        var row = Assert.Single(await RowsAsync(e => e.Id > since && e.RecipientStaffId == booking.Supervisor && e.Kind == NotificationKind.FollowUpRequested));
        Assert.Equal("Course follow-ups are waiting for you", row.Subject);
        Assert.Contains("/supervision/follow-ups", row.Body, StringComparison.Ordinal);
        await AssertNoPrivateTextAsync(row);
    }

    [Fact]
    public async Task Survey_Opened_EmailsEveryoneInPostWhoHasNotStoppedIt()
    {
        // Arrange: no round open, and one person who stopped survey emails
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);
        await factory.WithDbAsync(db => db.SurveyRounds.Where(r => r.ClosedEarlyOn == null && r.ClosingDate >= today)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ClosedEarlyOn, (DateOnly?)today)));
        var jo = await factory.StaffIdAsync(DemoAccounts.Jo);
        var sam = await factory.StaffIdAsync(DemoAccounts.Sam);
        await factory.WithServiceAsync<EmailPreferenceService, int>(async s => { await s.SaveAsync(jo, "Immediate", ["SurveyOpened"]); return 0; });

        var since = await LastIdAsync();

        // Act
        await factory.WithServiceAsync<SurveyRoundService, int>(s => s.OpenAsync(new OpenRoundRequest("Trigger test survey", today.AddDays(21))));

        // Assert
        var row = Assert.Single(await RowsAsync(e => e.Id > since && e.RecipientStaffId == sam && e.Kind == NotificationKind.SurveyOpened));
        Assert.Equal("The training needs survey is open", row.Subject);
        Assert.Empty(await RowsAsync(e => e.Id > since && e.RecipientStaffId == jo && e.Kind == NotificationKind.SurveyOpened));
        Assert.True(await factory.WithDbAsync(db => db.Notifications.AnyAsync(n => n.RecipientStaffId == jo && n.Kind == NotificationKind.SurveyOpened)));
        await AssertNoPrivateTextAsync(row);
    }

    /// <summary>The newest outbox row's id: rows written by a test's Act have greater ids (the demo seed wrote some too).</summary>
    private async Task<long> LastIdAsync() => await factory.WithDbAsync(db => db.OutboxEmails.MaxAsync(e => (long?)e.Id)) ?? 0;

    private Task<List<OutboxEmail>> RowsAsync(System.Linq.Expressions.Expression<Func<OutboxEmail, bool>> where) =>
        factory.WithDbAsync(db => db.OutboxEmails.AsNoTracking().Where(where).OrderBy(e => e.Id).ToListAsync());

    /// <summary>
    /// No reflection, description or supervision note of the recipient, or of anyone they supervise, appears in the
    /// email, in full or in its first 30 characters.
    /// </summary>
    private async Task AssertNoPrivateTextAsync(OutboxEmail row)
    {
        var person = row.RecipientStaffId;
        var texts = await factory.WithDbAsync(async db =>
        {
            var people = await db.StaffMembers.Where(s => s.Id == person || s.SupervisorId == person).Select(s => s.Id).ToListAsync();
            var entries = await db.CpdActivities.Where(a => people.Contains(a.StaffMemberId))
                .Select(a => new[] { a.Description, a.WhatLearnt, a.Impact, a.PeerReflection }).ToListAsync();
            var notes = await db.SupervisionSessions.Where(s => people.Contains(s.SuperviseeId))
                .Select(s => new[] { s.ReviewOfLastActions, s.Management, s.Development, s.Support, s.Mediation, s.LearningNeeds, s.SuperviseeComment }).ToListAsync();
            return entries.Concat(notes).SelectMany(t => t).OfType<string>().Where(t => t.Trim().Length >= 30).ToList();
        });
        foreach (var text in texts)
        {
            Assert.DoesNotContain(text.Trim()[..30], row.Body, StringComparison.Ordinal);
            Assert.DoesNotContain(text.Trim()[..30], row.Subject, StringComparison.Ordinal);
        }
    }

    /// <summary>The n-th generated person with a supervisor and a role: their awards replaced by one safeguarding period ending in <paramref name="expiresInDays"/>.</summary>
    private async Task<(int Person, int Supervisor)> PersonWithOnlyASafeguardingAwardAsync(int n, int expiresInDays)
    {
        var demo = DemoAccounts.All.Select(a => a.Email).ToList();
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);
        var person = await factory.WithDbAsync(db => db.StaffMembers
            .Where(s => !demo.Contains(s.Email) && s.LeaveDate == null && s.SupervisorId != null && s.PathwayRoleId != null)
            .OrderByDescending(s => s.Id)
            .Skip(n)
            .Select(s => new { s.Id, Supervisor = s.SupervisorId!.Value })
            .FirstAsync());
        await factory.WithDbAsync(async db =>
        {
            var safeguarding = await db.Certifications.SingleAsync(c => c.Name == "Safeguarding children level 3");
            await db.CertificationNotices.Where(x => db.CertificationAwards.Any(a => a.Id == x.AwardId && a.StaffMemberId == person.Id)).ExecuteDeleteAsync();
            await db.CertificationAwards.Where(a => a.StaffMemberId == person.Id).ExecuteDeleteAsync();
            var completed = today.AddDays(expiresInDays).AddMonths(-safeguarding.ValidityMonths!.Value);
            db.CertificationAwards.Add(CertificationAward.Grant(person.Id, safeguarding.Id, safeguarding.Rule, null, completed, CertificationSource.EarlierRecords, null, factory.Clock.GetUtcNow())!);
            return await db.SaveChangesAsync();
        });
        return (person.Id, person.Supervisor);
    }
}
