using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Auditing;
using CpdPortal.Domain.Certifications;
using CpdPortal.Domain.Common;
using CpdPortal.Domain.Competence;
using CpdPortal.Domain.Imports;
using CpdPortal.Domain.Notifications;
using CpdPortal.Domain.Pathways;
using CpdPortal.Domain.Planning;
using CpdPortal.Domain.Settings;
using CpdPortal.Domain.Supervision;
using CpdPortal.Domain.Survey;
using CpdPortal.Domain.Training;
using CpdPortal.Domain.Workforce;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CpdPortal.Application.Common;

/// <summary>
/// The application's unit of work. Services use the context through this interface rather than a repository
/// layer (docs/adr/0001-layering-without-repositories.md).
/// </summary>
public interface ICpdPortalDbContext
{
    /// <summary>Per person per learning year CPD figures, kept up to date on every save (docs/adr/0030); read-only for services.</summary>
    DbSet<CpdPortal.Domain.Reporting.LearningYearSummary> LearningYearSummaries { get; }

    DbSet<CpdPortal.Domain.Reporting.StagePeriod> StagePeriods { get; }

    /// <summary>Each entry's registration criteria, kept up to date on every save (docs/adr/0039); read-only for services.</summary>
    DbSet<CpdPortal.Domain.Registration.StoredEntryAssessment> EntryAssessments { get; }

    DbSet<Team> Teams { get; }

    DbSet<StaffMember> StaffMembers { get; }

    DbSet<CompetenceFramework> CompetenceFrameworks { get; }

    DbSet<CompetenceArea> CompetenceAreas { get; }

    DbSet<CareerPathway> CareerPathways { get; }

    DbSet<PathwayRole> PathwayRoles { get; }

    DbSet<PortalSettings> Settings { get; }

    DbSet<CpdMethod> CpdMethods { get; }

    DbSet<CpdActivity> CpdActivities { get; }

    DbSet<EvidenceFile> EvidenceFiles { get; }

    DbSet<StageAssessment> StageAssessments { get; }

    DbSet<DevelopmentPlan> DevelopmentPlans { get; }

    DbSet<Notification> Notifications { get; }

    DbSet<Course> Courses { get; }

    DbSet<PracticeTag> PracticeTags { get; }

    DbSet<CourseSession> CourseSessions { get; }

    DbSet<Booking> Bookings { get; }

    DbSet<CourseFeedback> CourseFeedback { get; }

    DbSet<PracticeFollowUp> PracticeFollowUps { get; }

    DbSet<SupervisionSession> SupervisionSessions { get; }

    DbSet<RoleSupervisionPolicy> SupervisionPolicies { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    DbSet<SupervisorLine> SupervisorLines { get; }

    DbSet<WorkingPatternChange> WorkingPatternChanges { get; }

    /// <summary>For retrying a unit of work after a concurrency conflict: clear, reload and apply again.</summary>
    ChangeTracker ChangeTracker { get; }

    DbSet<SurveyRound> SurveyRounds { get; }

    DbSet<SurveyResponse> SurveyResponses { get; }

    DbSet<ImportUpload> ImportUploads { get; }

    DbSet<ExternalCompletion> ExternalCompletions { get; }

    DbSet<Certification> Certifications { get; }

    /// <summary>Every period of a certification anyone has held: the history (docs/adr/0022).</summary>
    DbSet<CertificationAward> CertificationAwards { get; }

    DbSet<CertificationNotice> CertificationNotices { get; }

    /// <summary>Create forms already sent, by their form instance id (docs/adr/0017-one-record-per-form-submission.md).</summary>
    DbSet<FormSubmission> FormSubmissions { get; }

    /// <summary>Emails waiting to be sent, sent or failed (docs/adr/0023).</summary>
    DbSet<OutboxEmail> OutboxEmails { get; }

    /// <summary>Each person's choice of immediate emails or a weekly digest, and the notices they stopped.</summary>
    DbSet<EmailPreference> EmailPreferences { get; }

    /// <summary>Time-driven notices already given, by key, so that each is given once.</summary>
    DbSet<ScheduledNotice> ScheduledNotices { get; }

    /// <summary>Writers' confirmations that what the identifying-details check found identifies no one (docs/adr/0027).</summary>
    DbSet<Domain.ReflectionQuality.IdentifyingDetailsConfirmation> IdentifyingDetailsConfirmations { get; }

    DbSet<CpdPortal.Domain.PracticeQuality.QualitySample> QualitySamples { get; }

    DbSet<CpdPortal.Domain.PracticeQuality.QualityReview> QualityReviews { get; }

    /// <summary>For a unit of work that needs more than one SaveChanges to be all or nothing (the HR import).</summary>
    DatabaseFacade Database { get; }

    /// <summary>
    /// Whether a failed save broke a unique key or primary key, whatever the database provider. The provider's error
    /// codes are known to Infrastructure only.
    /// </summary>
    bool IsUniqueViolation(DbUpdateException exception);

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
