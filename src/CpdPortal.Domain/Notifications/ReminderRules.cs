using CpdPortal.Domain.Registration;
using CpdPortal.Domain.Supervision;

namespace CpdPortal.Domain.Notifications;

/// <summary>When the time-driven notices fall due (issue 15). Each is given once, under its key (<see cref="ScheduledNotice"/>).</summary>
public static class ReminderRules
{
    public static readonly TimeSpan SessionReminderLead = TimeSpan.FromDays(2);
    public const int RegistrationDeadlineDays = 30;

    /// <summary>A session reminder is due from 2 days before the start until it starts.</summary>
    public static bool SessionReminderDue(DateTimeOffset startsAt, DateTimeOffset now) => now < startsAt && startsAt - now <= SessionReminderLead;

    public static string SessionReminderKey(int bookingId) => $"session-reminder:{bookingId}";

    /// <summary>Supervision due within 7 days or overdue gives a notice (to both people) once per due date; null when on time.</summary>
    public static NotificationKind? SupervisionNotice(DateOnly due, DateOnly today) => SupervisionSchedule.StatusOn(due, today) switch
    {
        SupervisionDueStatus.DueSoon => NotificationKind.SupervisionDueSoon,
        SupervisionDueStatus.Overdue => NotificationKind.SupervisionOverdue,
        _ => null,
    };

    public static string SupervisionKey(NotificationKind kind, int superviseeId, DateOnly due) =>
        $"{(kind == NotificationKind.SupervisionOverdue ? "supervision-overdue" : "supervision-due")}:{superviseeId}:{due:yyyy-MM-dd}";

    /// <summary>
    /// For a registered worker not yet meeting the rule: the renewal window has opened (1 September by default), or the
    /// deadline is 30 days or fewer away (which replaces the window notice once it applies). Null otherwise.
    /// </summary>
    public static NotificationKind? RegistrationNotice(RegistrationStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        if (status.Meets || !status.InRenewalWindow || status.DaysToDeadline < 0)
        {
            return null;
        }

        return status.DaysToDeadline <= RegistrationDeadlineDays ? NotificationKind.RegistrationDeadlineSoon : NotificationKind.RegistrationWindowOpen;
    }

    public static string RegistrationKey(NotificationKind kind, int staffMemberId, DateOnly deadline) =>
        $"{(kind == NotificationKind.RegistrationDeadlineSoon ? "registration-deadline" : "registration-window")}:{staffMemberId}:{deadline:yyyy-MM-dd}";
}
