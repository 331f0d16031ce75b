namespace CpdPortal.Domain.Notifications;

/// <summary>
/// What a notice is about. Each kind has an email template (<see cref="EmailTemplates"/>); a person may stop the
/// optional kinds from reaching their inbox (<see cref="EmailPreference"/>), never the required ones. Stored as text.
/// </summary>
public enum NotificationKind
{
    /// <summary>A notice with no template of its own: emailed with the general template.</summary>
    General = 0,
    BookingConfirmed,
    BookingWaitlisted,
    BookingPromoted,
    BookingCancelled,
    SessionReminder,
    CourseCompleted,
    SupervisionDueSoon,
    SupervisionOverdue,
    SupervisionRecordReady,
    PlanSubmitted,
    PlanDecided,
    RegistrationWindowOpen,
    RegistrationDeadlineSoon,
    FollowUpRequested,
    SurveyOpened,
    CertificationExpiring60,
    CertificationExpiring30,
    CertificationLapsed,

    /// <summary>The weekly digest itself (never a notice in the portal).</summary>
    WeeklyDigest,
}

/// <summary>Facts about each kind: whether it can be turned off and how it is named on the preferences page.</summary>
public static class NotificationKinds
{
    /// <summary>Notices a person cannot stop: a lapsed certification must reach them (issue 15).</summary>
    public static readonly IReadOnlySet<NotificationKind> Required = new HashSet<NotificationKind>
    {
        NotificationKind.CertificationLapsed,
    };

    /// <summary>The kinds a person may stop, in the order the preferences page lists them.</summary>
    public static readonly IReadOnlyList<NotificationKind> Optional =
    [
        NotificationKind.BookingConfirmed,
        NotificationKind.BookingWaitlisted,
        NotificationKind.BookingPromoted,
        NotificationKind.BookingCancelled,
        NotificationKind.SessionReminder,
        NotificationKind.CourseCompleted,
        NotificationKind.SupervisionDueSoon,
        NotificationKind.SupervisionOverdue,
        NotificationKind.SupervisionRecordReady,
        NotificationKind.PlanSubmitted,
        NotificationKind.PlanDecided,
        NotificationKind.RegistrationWindowOpen,
        NotificationKind.RegistrationDeadlineSoon,
        NotificationKind.FollowUpRequested,
        NotificationKind.SurveyOpened,
        NotificationKind.CertificationExpiring60,
        NotificationKind.CertificationExpiring30,
        NotificationKind.General,
    ];

    public static bool IsRequired(NotificationKind kind) => Required.Contains(kind);

    /// <summary>Kinds whose email carries a calendar invitation for the session.</summary>
    public static bool CarriesCalendar(NotificationKind kind) => kind is NotificationKind.BookingConfirmed
        or NotificationKind.BookingPromoted or NotificationKind.BookingCancelled;

    /// <summary>How the preferences page and the outbox page name a kind.</summary>
    public static string Describe(NotificationKind kind) => kind switch
    {
        NotificationKind.General => "Other portal notices",
        NotificationKind.BookingConfirmed => "A course place is booked",
        NotificationKind.BookingWaitlisted => "You join a waiting list",
        NotificationKind.BookingPromoted => "A place comes up from the waiting list",
        NotificationKind.BookingCancelled => "A booking is cancelled",
        NotificationKind.SessionReminder => "A course session is in 2 days",
        NotificationKind.CourseCompleted => "A course is completed",
        NotificationKind.SupervisionDueSoon => "Supervision is due in 7 days",
        NotificationKind.SupervisionOverdue => "Supervision is overdue",
        NotificationKind.SupervisionRecordReady => "A supervision record is ready to read",
        NotificationKind.PlanSubmitted => "A CPD plan is submitted for your review",
        NotificationKind.PlanDecided => "Your CPD plan is approved or returned",
        NotificationKind.RegistrationWindowOpen => "The registration renewal window opens",
        NotificationKind.RegistrationDeadlineSoon => "The registration deadline is 30 days away",
        NotificationKind.FollowUpRequested => "A course follow-up is requested",
        NotificationKind.SurveyOpened => "A training needs survey opens",
        NotificationKind.CertificationExpiring60 => "A certification expires in 60 days",
        NotificationKind.CertificationExpiring30 => "A certification expires in 30 days",
        NotificationKind.CertificationLapsed => "A certification has lapsed",
        NotificationKind.WeeklyDigest => "Weekly digest",
        _ => kind.ToString(),
    };

    /// <summary>A kind from its stored or posted name; null when it is not one.</summary>
    public static NotificationKind? Parse(string? value) =>
        Enum.TryParse<NotificationKind>(value, ignoreCase: false, out var kind) && Enum.IsDefined(kind) && !int.TryParse(value, out _) ? kind : null;
}
