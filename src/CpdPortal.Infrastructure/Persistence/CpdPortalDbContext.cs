using CpdPortal.Application.Common;
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
using CpdPortal.Infrastructure.Files;
using CpdPortal.Infrastructure.Identity;
using CpdPortal.Infrastructure.Jobs;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CpdPortal.Infrastructure.Persistence;

/// <summary>
/// The portal's database: the domain's tables and ASP.NET Core Identity's. Provider-neutral; each provider has
/// a small sealed subclass that owns its migrations and its provider's conventions (ProviderContexts.cs). It also
/// holds what several instances must share: the data-protection keys, the job leases and the evidence files' bytes.
/// </summary>
public abstract class CpdPortalDbContext : IdentityDbContext<ApplicationUser>, ICpdPortalDbContext, IDataProtectionKeyContext, ISettingsCacheKey
{
    private readonly DbContextOptions _options;
    private string? _settingsCacheKey;

    protected CpdPortalDbContext(DbContextOptions options)
        : base(options)
    {
        _options = options;
    }

    public DbSet<Team> Teams => Set<Team>();

    public DbSet<StaffMember> StaffMembers => Set<StaffMember>();

    public DbSet<CompetenceFramework> CompetenceFrameworks => Set<CompetenceFramework>();

    public DbSet<CompetenceArea> CompetenceAreas => Set<CompetenceArea>();

    public DbSet<CareerPathway> CareerPathways => Set<CareerPathway>();

    public DbSet<PathwayRole> PathwayRoles => Set<PathwayRole>();

    public DbSet<PortalSettings> Settings => Set<PortalSettings>();

    public DbSet<CpdMethod> CpdMethods => Set<CpdMethod>();

    public DbSet<CpdActivity> CpdActivities => Set<CpdActivity>();

    public DbSet<EvidenceFile> EvidenceFiles => Set<EvidenceFile>();

    public DbSet<StageAssessment> StageAssessments => Set<StageAssessment>();

    public DbSet<DevelopmentPlan> DevelopmentPlans => Set<DevelopmentPlan>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<Course> Courses => Set<Course>();

    public DbSet<PracticeTag> PracticeTags => Set<PracticeTag>();

    public DbSet<CourseSession> CourseSessions => Set<CourseSession>();

    public DbSet<Booking> Bookings => Set<Booking>();

    public DbSet<CourseFeedback> CourseFeedback => Set<CourseFeedback>();

    public DbSet<PracticeFollowUp> PracticeFollowUps => Set<PracticeFollowUp>();

    public DbSet<SupervisionSession> SupervisionSessions => Set<SupervisionSession>();

    public DbSet<RoleSupervisionPolicy> SupervisionPolicies => Set<RoleSupervisionPolicy>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<SupervisorLine> SupervisorLines => Set<SupervisorLine>();

    public DbSet<WorkingPatternChange> WorkingPatternChanges => Set<WorkingPatternChange>();

    public DbSet<SurveyRound> SurveyRounds => Set<SurveyRound>();

    public DbSet<ImportUpload> ImportUploads => Set<ImportUpload>();

    public DbSet<ExternalCompletion> ExternalCompletions => Set<ExternalCompletion>();

    public DbSet<Certification> Certifications => Set<Certification>();

    public DbSet<CertificationAward> CertificationAwards => Set<CertificationAward>();

    public DbSet<CertificationNotice> CertificationNotices => Set<CertificationNotice>();

    public DbSet<SurveyResponse> SurveyResponses => Set<SurveyResponse>();

    /// <summary>The keys that protect the sign-in and antiforgery cookies, shared by every instance (sensitive: docs/several-instances.md).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Which instance runs each scheduled job, until when (docs/adr/0012).</summary>
    public DbSet<JobLease> JobLeases => Set<JobLease>();

    /// <summary>Evidence files' bytes when Evidence:Store is Database (docs/adr/0016).</summary>
    public DbSet<EvidenceContent> EvidenceContents => Set<EvidenceContent>();

    public DbSet<FormSubmission> FormSubmissions => Set<FormSubmission>();

    /// <summary>Signed-in sessions, checked on every request with the sign-in cookie (docs/adr/0019).</summary>
    public DbSet<UserSession> UserSessions => Set<UserSession>();

    public DbSet<OutboxEmail> OutboxEmails => Set<OutboxEmail>();

    public DbSet<EmailPreference> EmailPreferences => Set<EmailPreference>();

    public DbSet<ScheduledNotice> ScheduledNotices => Set<ScheduledNotice>();

    public DbSet<Domain.ReflectionQuality.IdentifyingDetailsConfirmation> IdentifyingDetailsConfirmations => Set<Domain.ReflectionQuality.IdentifyingDetailsConfirmation>();

    public DbSet<CpdPortal.Domain.PracticeQuality.QualitySample> QualitySamples => Set<CpdPortal.Domain.PracticeQuality.QualitySample>();

    public DbSet<CpdPortal.Domain.PracticeQuality.QualityReview> QualityReviews => Set<CpdPortal.Domain.PracticeQuality.QualityReview>();

    /// <summary>Per person per learning year CPD figures the reports read, kept by <see cref="SaveChangesAsync(bool, CancellationToken)"/> (docs/adr/0030).</summary>
    public DbSet<CpdPortal.Domain.Reporting.LearningYearSummary> LearningYearSummaries => Set<CpdPortal.Domain.Reporting.LearningYearSummary>();

    /// <summary>The stage history (per person per area, the stage and from when to when), kept by the same save (docs/adr/0036).</summary>
    public DbSet<CpdPortal.Domain.Reporting.StagePeriod> StagePeriods => Set<CpdPortal.Domain.Reporting.StagePeriod>();

    /// <summary>Each entry's registration criteria, kept by the same save (docs/adr/0039).</summary>
    public DbSet<CpdPortal.Domain.Registration.StoredEntryAssessment> EntryAssessments => Set<CpdPortal.Domain.Registration.StoredEntryAssessment>();

    public bool IsUniqueViolation(DbUpdateException exception) => UniqueViolation.Is(exception);

    /// <summary>The database this context talks to: the settings cache's key (docs/adr/0021).</summary>
    // Asked several times a request (every settings read): worked out once per context, from the provider's context type
    // and the options' connection string. Database.ProviderName went through the context's services and was 5% of a
    // profiled /my/activities request (session 8).
    public string SettingsCacheKey => _settingsCacheKey ??=
        GetType().Name + "|" + (RelationalOptionsExtension.Extract(_options).ConnectionString ?? Database.GetConnectionString());

    /// <summary>
    /// Saves, and in the same transaction brings the learning-year summaries of the people whose entries changed up
    /// to date (docs/adr/0030): a transaction is begun when none is open.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var affected = SummaryUpkeep.Collect(ChangeTracker);
        var assessed = EntryAssessmentUpkeep.Collect(ChangeTracker);
        if (affected is null && assessed is null)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (affected is not null)
            {
                await SummaryUpkeep.ApplyAsync(this, affected, cancellationToken);
            }

            if (assessed is not null)
            {
                await EntryAssessmentUpkeep.ApplyAsync(this, assessed, cancellationToken);
            }
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }

            return saved;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    /// <summary>The synchronous save keeps the summaries the same way (only the audit log's own rows use it today).</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        if (SummaryUpkeep.Collect(ChangeTracker) is null && EntryAssessmentUpkeep.Collect(ChangeTracker) is null)
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        return SaveChangesAsync(acceptAllChangesOnSuccess, CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary>The save without the summaries' upkeep, for the upkeep's own rows.</summary>
    internal Task<int> SaveWithoutUpkeepAsync(CancellationToken cancellationToken) => base.SaveChangesAsync(true, cancellationToken);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CpdPortalDbContext).Assembly);
    }
}
