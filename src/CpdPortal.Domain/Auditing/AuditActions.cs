namespace CpdPortal.Domain.Auditing;

/// <summary>The actions the audit log records. Stable strings: searches and exports rely on them.</summary>
public static class AuditActions
{
    public const string Created = "created";
    public const string Updated = "updated";
    public const string Deleted = "deleted";

    public const string SignInSucceeded = "sign-in-succeeded";
    public const string SignInFailed = "sign-in-failed";
    public const string SignedOut = "signed-out";
    public const string PasswordChanged = "password-changed";

    public const string AccountCreated = "account-created";
    public const string AccountLocked = "account-locked";
    public const string AccountUnlocked = "account-unlocked";
    public const string PasswordReset = "password-reset";
    public const string RoleGranted = "role-granted";
    public const string RoleRemoved = "role-removed";

    public const string StaffCreated = "staff-created";
    public const string StaffUpdated = "staff-updated";
    public const string StaffLeft = "staff-marked-leaver";
    public const string StaffReinstated = "staff-reinstated";
    public const string SupervisorChanged = "supervisor-changed";

    public const string TeamCreated = "team-created";
    public const string TeamRenamed = "team-renamed";
    public const string TeamRetired = "team-retired";

    public const string SettingChanged = "setting-changed";

    /// <summary>An HR staff file applied; the entity id holds the counts (see docs/guides/administrator.md).</summary>
    public const string StaffImported = "staff-imported";

    /// <summary>A course completions file applied; the entity id holds the counts.</summary>
    public const string CompletionsImported = "completions-imported";

    public const string Exported = "exported";
    public const string AuditLogExported = "audit-log-exported";
    public const string SupervisionSessionRead = "supervision-session-read";
    public const string DemoCouncilSeeded = "demo-council-seeded";

    /// <summary>A supervisor opened a supervisee's CPD entry (its reflection); the entity is the entry.</summary>
    public const string CpdEntryRead = "cpd-entry-read";

    /// <summary>A report CSV that names staff was downloaded; the entity type names the report, the id the rows and filters.</summary>
    public const string ReportDownloaded = "report-downloaded";

    /// <summary>A subject-access download (everything held about one person); the entity is the person's staff record.</summary>
    public const string SubjectAccessExported = "subject-access-exported";

    /// <summary>A retention run; the entity id holds the counts (see docs/guides/administrator.md).</summary>
    public const string RetentionRun = "retention-run";

    /// <summary>A leaver's personal data anonymised by the retention run (docs/adr/0020); the entity is the staff record.</summary>
    public const string StaffAnonymised = "staff-anonymised";

    public const string PathwayChanged = "pathway-changed";
    public const string FrameworkVersionCreated = "framework-version-created";
    public const string FrameworkChanged = "framework-changed";
    public const string FrameworkPublished = "framework-published";
    public const string CertificationSaved = "certification-saved";
    public const string CertificationEntryAccepted = "certification-entry-accepted";

    /// <summary>A writer confirmed that what the identifying-details check found identifies no one (docs/adr/0027); the entity is the record.</summary>
    public const string IdentifyingDetailsConfirmed = "identifying-details-confirmed";

    /// <summary>Every action, for the search's drop-down.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        SignInSucceeded, SignInFailed, SignedOut, PasswordChanged,
        AccountCreated, AccountLocked, AccountUnlocked, PasswordReset, RoleGranted, RoleRemoved,
        StaffCreated, StaffUpdated, StaffLeft, StaffReinstated, SupervisorChanged,
        TeamCreated, TeamRenamed, TeamRetired, SettingChanged, StaffImported, CompletionsImported,
        Created, Updated, Deleted,
        Exported, AuditLogExported, SupervisionSessionRead, DemoCouncilSeeded,
        CpdEntryRead, ReportDownloaded, SubjectAccessExported, RetentionRun, StaffAnonymised,
        PathwayChanged, FrameworkVersionCreated, FrameworkChanged, FrameworkPublished,
        IdentifyingDetailsConfirmed,
    ];
}
