using Microsoft.Extensions.DependencyInjection;

namespace CpdPortal.Application;

/// <summary>
/// The use cases, one service per feature, all scoped (a request's DbContext). The web host calls this once; a new
/// service adds its line here, not in the web project (docs/adr/0029-one-path-for-a-form-and-area-navigation.md).
/// </summary>
public static class ApplicationServices
{
    public static IServiceCollection AddCpdPortalApplication(this IServiceCollection services)
    {
        services.AddScoped<Dashboard.DashboardService>();
        services.AddScoped<Dashboard.MyLearningReader>();
        services.AddScoped<PathwayAdmin.PathwayAdminService>();
        services.AddScoped<Frameworks.FrameworkAdminService>();
        services.AddScoped<Supervision.SuperviseeListService>();
        services.AddScoped<Supervision.SuperviseeOverviewService>();
        services.AddScoped<Supervision.SupervisionSessionService>();
        services.AddScoped<Supervision.PlanReviewService>();
        services.AddScoped<Supervision.StageValidationService>();
        services.AddScoped<Reports.ReportFilters>();
        services.AddSingleton<Reports.FilterOptionsCache>();
        services.AddScoped<Reports.EntitlementReportQuery>();
        services.AddScoped<Reports.PlansReportQuery>();
        services.AddScoped<Reports.SupervisionReportQuery>();
        services.AddScoped<Reports.RegistrationReportQuery>();
        services.AddScoped<Reports.CoursesReportQuery>();
        services.AddScoped<Reports.MappingCoverageReportQuery>();
        services.AddScoped<Reports.StagesReportQuery>();
        services.AddScoped<Reports.StagesOverTimeReportQuery>();
        services.AddScoped<Reports.WorkforceReportQuery>();
        services.AddScoped<Reports.ReportHeadlinesQuery>();
        services.AddScoped<Registration.RegistrationService>();
        services.AddScoped<PracticeQuality.PracticeQualityService>();
        services.AddScoped<Export.ExportService>();
        services.AddScoped<Privacy.SubjectAccessService>();
        services.AddScoped<Competence.SelfAssessmentService>();
        services.AddScoped<Pathways.PathwayService>();
        services.AddScoped<Planning.PlanService>();
        services.AddScoped<Notifications.NotificationService>();
        services.AddSingleton<Notifications.UnreadNotificationsCache>();
        services.AddSingleton<Administration.StaffCountCache>();
        services.AddSingleton<Pathways.CareerPathwaysCache>();
        services.AddScoped<Activities.ActivityService>();
        services.AddScoped<Activities.EvidenceService>();
        services.AddScoped<Auditing.AuditSearchService>();
        services.AddScoped<Administration.StaffAdminService>();
        services.AddScoped<Administration.TeamAdminService>();
        services.AddScoped<Administration.SupervisorAssignmentService>();
        services.AddScoped<Administration.Imports.ImportUploadStore>();
        services.AddScoped<Administration.Imports.StaffImportService>();
        services.AddScoped<Administration.Imports.CompletionImportService>();
        services.AddScoped<Administration.SettingsAdminService>();
        services.AddScoped<ReflectionQuality.IdentifyingDetailsCheck>();
        services.AddScoped<Training.CatalogueService>();
        services.AddScoped<Training.CourseService>();
        services.AddScoped<Training.SessionService>();
        services.AddScoped<Training.CertificateService>();
        services.AddScoped<Training.EvaluationService>();
        services.AddScoped<Supervision.PracticeFollowUpService>();
        services.AddScoped<Privacy.RetentionService>();
        services.AddScoped<Certifications.CertificationGrants>();
        services.AddScoped<Certifications.CertificationAdminService>();
        services.AddScoped<Certifications.RoleCertificationService>();
        services.AddScoped<Certifications.EquivalentEntryService>();
        services.AddScoped<Certifications.ComplianceService>();
        services.AddScoped<Certifications.ComplianceReportService>();
        services.AddScoped<Certifications.CertificationNoticeService>();
        services.AddScoped<Training.MappingService>();
        services.AddScoped<Survey.SurveyService>();
        services.AddScoped<Survey.SurveyRoundService>();
        services.AddScoped<Survey.SurveyResultsService>();
        return services;
    }
}
