using CpdPortal.Domain.Common;
using CpdPortal.Domain.Notifications;
using CpdPortal.Domain.Registration;
using CpdPortal.Domain.Settings;

namespace CpdPortal.Domain.Tests.Notifications;

public class EmailOutboxRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);
    private static readonly EmailRetryPolicy Policy = new(4, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5));

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(4, 5)]
    [InlineData(20, 5)]
    public void DelayAfter_Attempts_DoublesUpToTheCap(int attempts, int minutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(minutes), Policy.DelayAfter(attempts));
    }

    [Fact]
    public void RecordFailure_BeforeTheLastAttempt_StaysPendingUntilTheBackOff()
    {
        var email = Email();
        Claim(email, 2);

        email.RecordFailure("Connection refused", permanent: false, Policy, Now);

        Assert.Equal(OutboxStatus.Pending, email.Status);
        Assert.Equal(Now + TimeSpan.FromMinutes(2), email.NextAttemptAt);
        Assert.Equal("Connection refused", email.LastError);
        Assert.Null(email.ClaimToken);
    }

    [Fact]
    public void RecordFailure_AtTheLastAttempt_IsFailedWithTheReason()
    {
        var email = Email();
        Claim(email, 4);

        email.RecordFailure("The SMTP server refused the email (554)", permanent: false, Policy, Now);

        Assert.Equal(OutboxStatus.Failed, email.Status);
        Assert.Equal("The SMTP server refused the email (554)", email.LastError);
    }

    [Fact]
    public void RecordFailure_Permanent_FailsAtTheFirstAttempt()
    {
        var email = Email();
        Claim(email, 1);

        email.RecordFailure("The email address on the staff record is not valid", permanent: true, Policy, Now);

        Assert.Equal(OutboxStatus.Failed, email.Status);
    }

    [Fact]
    public void RecordFailure_LongReason_IsShortened()
    {
        var email = Email();
        email.RecordFailure(new string('x', 2000), permanent: true, Policy, Now);
        Assert.Equal(OutboxEmail.LastErrorMaxLength, email.LastError!.Length);
    }

    [Fact]
    public void Constructor_Held_WaitsForTheDigestAndHasItsOwnKey()
    {
        var held = new OutboxEmail(1, NotificationKind.SurveyOpened, "Subject", "Body", "/survey", null, held: true, Now);
        var other = Email();
        Assert.Equal(OutboxStatus.Held, held.Status);
        Assert.NotEqual(held.IdempotencyKey, other.IdempotencyKey);
    }

    [Fact]
    public void Change_StoppingARequiredKind_IsRefusedWithAFormMessage()
    {
        var preference = new EmailPreference(1, Now);

        var error = Assert.Throws<DomainValidationException>(() => preference.Change("Immediate", ["CertificationLapsed"], Now));

        Assert.Equal("Stopped", Assert.Single(error.Errors).Field);
        Assert.Empty(preference.Stopped);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Hourly")]
    [InlineData("1")]
    public void Change_WithoutAKnownFrequency_IsRefused(string? frequency)
    {
        var preference = new EmailPreference(1, Now);
        var error = Assert.Throws<DomainValidationException>(() => preference.Change(frequency, [], Now));
        Assert.Equal("Frequency", Assert.Single(error.Errors).Field);
    }

    [Theory]
    [InlineData("NotAKind")]
    [InlineData("3")]
    [InlineData("WeeklyDigest")]
    public void Change_UnknownKind_IsRefused(string kind)
    {
        var preference = new EmailPreference(1, Now);
        Assert.Throws<DomainValidationException>(() => preference.Change("Immediate", [kind], Now));
    }

    [Fact]
    public void Change_OptionalKinds_AreStoppedAndRequiredOnesStillWanted()
    {
        var preference = new EmailPreference(1, Now);

        preference.Change("WeeklyDigest", ["SurveyOpened", "SessionReminder", "SurveyOpened"], Now);

        Assert.Equal(EmailFrequency.WeeklyDigest, preference.Frequency);
        Assert.False(EmailPreference.Wants(NotificationKind.SurveyOpened, preference.Stopped));
        Assert.True(EmailPreference.Wants(NotificationKind.BookingConfirmed, preference.Stopped));
        Assert.True(EmailPreference.Wants(NotificationKind.CertificationLapsed, new HashSet<NotificationKind> { NotificationKind.CertificationLapsed }));
        Assert.True(EmailPreference.WaitsForDigest(NotificationKind.BookingConfirmed, preference.Frequency));
        Assert.False(EmailPreference.WaitsForDigest(NotificationKind.CertificationLapsed, preference.Frequency));
    }

    [Fact]
    public void DigestDue_AWeekAfterTheLast_IsTrue()
    {
        Assert.True(EmailPreference.DigestDue(null, Now));
        Assert.False(EmailPreference.DigestDue(Now.AddDays(-6), Now));
        Assert.True(EmailPreference.DigestDue(Now.AddDays(-7), Now));
    }

    [Fact]
    public void SessionReminderDue_OnlyInTheTwoDaysBeforeTheStart()
    {
        Assert.False(ReminderRules.SessionReminderDue(Now.AddDays(2).AddMinutes(1), Now));
        Assert.True(ReminderRules.SessionReminderDue(Now.AddDays(2), Now));
        Assert.True(ReminderRules.SessionReminderDue(Now.AddHours(1), Now));
        Assert.False(ReminderRules.SessionReminderDue(Now, Now));
    }

    [Fact]
    public void SupervisionNotice_DueSoonThenOverdue_GivesEachKind()
    {
        var today = new DateOnly(2026, 11, 22);
        Assert.Null(ReminderRules.SupervisionNotice(today.AddDays(8), today));
        Assert.Equal(NotificationKind.SupervisionDueSoon, ReminderRules.SupervisionNotice(today.AddDays(7), today));
        Assert.Equal(NotificationKind.SupervisionOverdue, ReminderRules.SupervisionNotice(today.AddDays(-1), today));
        Assert.NotEqual(
            ReminderRules.SupervisionKey(NotificationKind.SupervisionDueSoon, 3, today),
            ReminderRules.SupervisionKey(NotificationKind.SupervisionOverdue, 3, today));
    }

    [Theory]
    [InlineData(2026, 8, 31, 0, null)]
    [InlineData(2026, 9, 1, 0, NotificationKind.RegistrationWindowOpen)]
    [InlineData(2026, 10, 30, 0, NotificationKind.RegistrationWindowOpen)]
    [InlineData(2026, 10, 31, 0, NotificationKind.RegistrationDeadlineSoon)]
    [InlineData(2026, 11, 30, 0, NotificationKind.RegistrationDeadlineSoon)]
    [InlineData(2026, 10, 31, 2, null)]
    public void RegistrationNotice_ByDayAndEntries_IsTheRightOne(int year, int month, int day, int entriesWithReflection, NotificationKind? expected)
    {
        var rule = new RegistrationRule(new LearningYearPolicy(12, 1), 2, true, 3);
        var entries = Enumerable.Range(1, entriesWithReflection)
            .Select(i => new RegistrationEntry(i, new DateOnly(2026, 1, i), CpdPortal.Domain.Activities.ActivityStatus.Complete, true));
        var status = RegistrationCompliance.Evaluate(rule, entries, new DateOnly(year, month, day));

        Assert.Equal(expected, ReminderRules.RegistrationNotice(status));
    }

    [Fact]
    public void Render_BookingConfirmed_IsPlainAndNamesOnlyWhatTheNoticeSays()
    {
        var content = EmailTemplates.Render(NotificationKind.BookingConfirmed, "Sam", "Your place on Safeguarding level 3 on 1 December 2026 at 9:30am is booked", "https://cpd.example/", "/courses/4", "Demo Council CPD portal");

        Assert.Equal("Your place on a course is booked", content.Subject);
        Assert.StartsWith("Hello Sam,", content.Body, StringComparison.Ordinal);
        Assert.Contains("is booked.", content.Body, StringComparison.Ordinal);
        Assert.Contains("https://cpd.example/courses/4", content.Body, StringComparison.Ordinal);
        Assert.Contains("https://cpd.example/my/email-preferences", content.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Required_SaysItCannotBeTurnedOff()
    {
        var content = EmailTemplates.Render(NotificationKind.CertificationLapsed, "Sam", "Your Safeguarding level 3 certification has lapsed", "https://cpd.example", "/", "CPD portal");
        Assert.Contains("You cannot turn it off", content.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("/my/email-preferences", content.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EveryKind_HasItsOwnSubject()
    {
        var kinds = Enum.GetValues<NotificationKind>().Where(k => k is not NotificationKind.General and not NotificationKind.WeeklyDigest).ToList();
        var subjects = kinds.Select(k => EmailTemplates.Parts(k).Subject).ToList();
        Assert.Equal(kinds.Count, subjects.Distinct().Count());
        Assert.All(kinds, k => Assert.True(NotificationKinds.IsRequired(k) || NotificationKinds.Optional.Contains(k)));
    }

    [Fact]
    public void Digest_ListsEachHeldSubjectWithItsLink()
    {
        var content = EmailTemplates.Digest("Jo", [("A place has come up for you on a course", "/courses/1"), ("The training needs survey is open", "/survey")], "https://cpd.example", "CPD portal");
        Assert.Equal("Your weekly summary from the CPD portal: 2 notices", content.Subject);
        Assert.Contains("* The training needs survey is open: https://cpd.example/survey", content.Body, StringComparison.Ordinal);
    }

    private static OutboxEmail Email() => new(1, NotificationKind.BookingConfirmed, "Subject", "Body", "/courses/1", null, held: false, Now);

    /// <summary>What the sender's claim does to a row (attempts are counted when it is claimed).</summary>
    private static void Claim(OutboxEmail email, int attempts) =>
        typeof(OutboxEmail).GetProperty(nameof(OutboxEmail.Attempts))!.SetValue(email, attempts);
}
