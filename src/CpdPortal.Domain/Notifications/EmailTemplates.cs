using System.Text;

namespace CpdPortal.Domain.Notifications;

/// <summary>The subject and plain-text body of one email.</summary>
public sealed record EmailContent(string Subject, string Body);

/// <summary>
/// One plain GOV.UK-style template per <see cref="NotificationKind"/>: a short subject that says what happened, the
/// notice's own sentence (written by the portal, never copied from a person's free text: no reflections, supervision
/// notes or anything about a child), what to do next and the link. The same fields go to GOV.UK Notify as personalisation.
/// </summary>
public static class EmailTemplates
{
    public const string PreferencesPath = "/my/email-preferences";

    public static EmailContent Render(NotificationKind kind, string givenName, string message, string portalUrl, string link, string serviceName)
    {
        ArgumentNullException.ThrowIfNull(message);
        var (subject, next) = Parts(kind);
        var body = new StringBuilder()
            .Append("Hello ").Append(givenName).AppendLine(",")
            .AppendLine()
            .AppendLine(Sentence(message))
            .AppendLine()
            .AppendLine(next)
            .AppendLine()
            .Append(Absolute(portalUrl, link)).AppendLine()
            .AppendLine()
            .Append(Footer(kind, portalUrl, serviceName))
            .ToString();
        return new EmailContent(subject, body);
    }

    /// <summary>One weekly email listing the subjects of the notices held for it, newest last.</summary>
    public static EmailContent Digest(string givenName, IReadOnlyList<(string Subject, string Link)> notices, string portalUrl, string serviceName)
    {
        ArgumentNullException.ThrowIfNull(notices);
        var body = new StringBuilder()
            .Append("Hello ").Append(givenName).AppendLine(",")
            .AppendLine()
            .AppendLine(notices.Count == 1 ? "This is what happened in the portal for you this week:" : $"These {notices.Count} things happened in the portal for you this week:")
            .AppendLine();
        foreach (var (subject, link) in notices)
        {
            body.Append("* ").Append(subject).Append(": ").Append(Absolute(portalUrl, link)).AppendLine();
        }

        body.AppendLine().Append(Footer(NotificationKind.WeeklyDigest, portalUrl, serviceName));
        return new EmailContent(notices.Count == 1 ? "Your weekly summary from the CPD portal: 1 notice" : $"Your weekly summary from the CPD portal: {notices.Count} notices", body.ToString());
    }

    public static (string Subject, string Next) Parts(NotificationKind kind) => kind switch
    {
        NotificationKind.BookingConfirmed => ("Your place on a course is booked", "The calendar invitation attached to this email adds the session to your calendar. If you cannot go, cancel your place in the portal so someone on the waiting list can have it."),
        NotificationKind.BookingWaitlisted => ("You are on the waiting list for a course", "We will email you if a place comes up. You do not need to do anything now."),
        NotificationKind.BookingPromoted => ("A place has come up for you on a course", "You now have a place. The calendar invitation attached to this email adds the session to your calendar. If you cannot go, cancel your place in the portal."),
        NotificationKind.BookingCancelled => ("Your course booking is cancelled", "The calendar invitation attached to this email removes the session from your calendar. You can book another session in the portal."),
        NotificationKind.SessionReminder => ("Reminder: your course session is in 2 days", "Check the time and place in the portal. If you cannot go, cancel your place so someone on the waiting list can have it."),
        NotificationKind.CourseCompleted => ("Your course is complete and your certificate is ready", "Tell us how the course went in the portal."),
        NotificationKind.SupervisionDueSoon => ("Supervision is due in 7 days", "Arrange the supervision session if it is not already booked."),
        NotificationKind.SupervisionOverdue => ("Supervision is overdue", "Arrange the supervision session as soon as you can."),
        NotificationKind.SupervisionRecordReady => ("A supervision record is ready for you", "Read the record in the portal and acknowledge it or add a comment."),
        NotificationKind.PlanSubmitted => ("A CPD plan is waiting for your review", "Review the plan in the portal and approve it or ask for changes."),
        NotificationKind.PlanDecided => ("Your CPD plan has been reviewed", "See the outcome in the portal."),
        NotificationKind.RegistrationWindowOpen => ("Your Social Work England renewal window is open", "Check in the portal whether your CPD records meet the rule for this registration year."),
        NotificationKind.RegistrationDeadlineSoon => ("Your Social Work England renewal deadline is in 30 days", "Your CPD records do not yet meet the rule for this registration year. Check in the portal what is missing."),
        NotificationKind.FollowUpRequested => ("Course follow-ups are waiting for you", "Tell us in the portal whether the course changed your supervisees' practice."),
        NotificationKind.SurveyOpened => ("The training needs survey is open", "Answer the survey in the portal. Your answers are anonymous."),
        NotificationKind.CertificationExpiring60 => ("A certification expires in 60 days", "Book a session of a course that renews it in the portal."),
        NotificationKind.CertificationExpiring30 => ("A certification expires in 30 days", "Book a session of a course that renews it in the portal as soon as you can."),
        NotificationKind.CertificationLapsed => ("A required certification has lapsed", "Book a session of a course that renews it in the portal. Your manager has been told."),
        _ => ("You have a new notice in the CPD portal", "See it in the portal."),
    };

    private static string Footer(NotificationKind kind, string portalUrl, string serviceName) =>
        NotificationKinds.IsRequired(kind)
            ? $"This is a required notice from the {serviceName}. You cannot turn it off.{Environment.NewLine}"
            : $"This email is from the {serviceName}. To choose which emails you get and how often, go to {Absolute(portalUrl, PreferencesPath)}{Environment.NewLine}";

    private static string Sentence(string message)
    {
        var text = message.Trim();
        return text.EndsWith('.') || text.EndsWith('?') || text.EndsWith('!') ? text : text + ".";
    }

    public static string Absolute(string portalUrl, string link) => (portalUrl ?? string.Empty).TrimEnd('/') + link;
}
