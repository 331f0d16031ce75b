using CpdPortal.IntegrationTests.Account;
using CpdPortal.IntegrationTests.Activities;
using CpdPortal.IntegrationTests.Administration;
using CpdPortal.IntegrationTests.Assessment;
using CpdPortal.IntegrationTests.Authorization;
using CpdPortal.IntegrationTests.Certifications;
using CpdPortal.IntegrationTests.Email;
using CpdPortal.IntegrationTests.Errors;
using CpdPortal.IntegrationTests.Export;
using CpdPortal.IntegrationTests.Import;
using CpdPortal.IntegrationTests.Learning;
using CpdPortal.IntegrationTests.Notifications;
using CpdPortal.IntegrationTests.Planning;
using CpdPortal.IntegrationTests.PracticeQuality;
using CpdPortal.IntegrationTests.Privacy;
using CpdPortal.IntegrationTests.Registration;
using CpdPortal.IntegrationTests.Reports;
using CpdPortal.IntegrationTests.Security;
using CpdPortal.IntegrationTests.Seeding;
using CpdPortal.IntegrationTests.SingleSignOn;
using CpdPortal.IntegrationTests.Supervision;
using CpdPortal.IntegrationTests.Survey;
using CpdPortal.Web.Features.Account;
using CpdPortal.Web.Features.Activities;
using CpdPortal.Web.Features.Assessment;
using CpdPortal.Web.Features.Audit;
using CpdPortal.Web.Features.Certificates;
using CpdPortal.Web.Features.ComplianceReport;
using CpdPortal.Web.Features.CourseEvaluation;
using CpdPortal.Web.Features.CourseFeedback;
using CpdPortal.Web.Features.Courses;
using CpdPortal.Web.Features.EmailOutbox;
using CpdPortal.Web.Features.EmailPreferences;
using CpdPortal.Web.Features.Error;
using CpdPortal.Web.Features.Export;
using CpdPortal.Web.Features.ExternalSignIn;
using CpdPortal.Web.Features.FollowUps;
using CpdPortal.Web.Features.Home;
using CpdPortal.Web.Features.Import;
using CpdPortal.Web.Features.ImportCompletions;
using CpdPortal.Web.Features.LearningCertifications;
using CpdPortal.Web.Features.LearningCourses;
using CpdPortal.Web.Features.LearningFrameworks;
using CpdPortal.Web.Features.LearningMapping;
using CpdPortal.Web.Features.LearningPathways;
using CpdPortal.Web.Features.LearningSessions;
using CpdPortal.Web.Features.MyCertifications;
using CpdPortal.Web.Features.MySupervision;
using CpdPortal.Web.Features.Notifications;
using CpdPortal.Web.Features.Pathway;
using CpdPortal.Web.Features.Plan;
using CpdPortal.Web.Features.PlanGoals;
using CpdPortal.Web.Features.PlanReview;
using CpdPortal.Web.Features.PracticeQuality;
using CpdPortal.Web.Features.Registration;
using CpdPortal.Web.Features.Reports;
using CpdPortal.Web.Features.Retention;
using CpdPortal.Web.Features.RoleCertifications;
using CpdPortal.Web.Features.SessionRecords;
using CpdPortal.Web.Features.Settings;
using CpdPortal.Web.Features.Staff;
using CpdPortal.Web.Features.StaffAccount;
using CpdPortal.Web.Features.StaffSupervisor;
using CpdPortal.Web.Features.SubjectAccess;
using CpdPortal.Web.Features.Supervision;
using CpdPortal.Web.Features.SupervisionSessions;
using CpdPortal.Web.Features.Survey;
using CpdPortal.Web.Features.SurveyResults;
using CpdPortal.Web.Features.SurveyRounds;
using CpdPortal.Web.Features.Teams;
using static CpdPortal.IntegrationTests.Coverage.Tests;

namespace CpdPortal.IntegrationTests.Coverage;

/// <summary>
/// Every controller action of the web project with the test that shows it working and, when it takes input (a POST, or a
/// GET with route or query values), the test that shows bad input refused: a 400 with the GOV.UK message and nothing
/// saved, or 404/403 for an unknown id or someone else's record. Rows are grouped by controller in routing order. A
/// missing test is allowed only while its action is listed in <see cref="Gaps"/>, which may only shrink.
/// </summary>
public static class ActionTestTable
{
    public static readonly IReadOnlyList<ActionTestRow> Rows =
    [
        // AccountController
        new(typeof(AccountController), nameof(AccountController.SignIn), "GET", T<SingleSignOnTests>(nameof(SingleSignOnTests.SignIn_EntraObjectId_IsTheStableKeyRatherThanSubject)), T<SingleSignOnTests>(nameof(SingleSignOnTests.SignIn_Leaver_IsRefusedAndNotLinked))),
        new(typeof(AccountController), nameof(AccountController.SignIn), "POST", T<AccountRateLimitTests>(nameof(AccountRateLimitTests.SignIn_AdministratorLockedOutByAnAttacker_StillSignsInFromABrowserUsedBefore)), T<LocalPasswordTimingTests>(nameof(LocalPasswordTimingTests.SignIn_AdministratorsOnly_RefusedNonAdministratorUnknownAndWrongAdministratorPasswordEachVerifyOneHash))),
        new(typeof(AccountController), nameof(AccountController.ChangePassword), "GET", T<ChangePasswordTests>(nameof(ChangePasswordTests.Get_ChangePasswordWithOneTimePassword_ShowsTheFormWithoutNavigation)), null),
        new(typeof(AccountController), nameof(AccountController.ChangePassword), "POST", T<ChangePasswordTests>(nameof(ChangePasswordTests.Post_ValidNewPassword_OpensThePortalAndTheNewPasswordSignsIn)), T<ServerSessionTests>(nameof(ServerSessionTests.ChangePassword_OtherSessionOfTheSamePerson_EndsAndThisOneContinues))),

        new(typeof(AccountController), nameof(AccountController.SignOut), "POST", T<SignOutTests>(nameof(SignOutTests.Post_SignOutWithToken_RedirectsToSignInAndEndsTheSession)), T<SignOutTests>(nameof(SignOutTests.Post_SignOutWithoutToken_Answers400AndKeepsTheSession))),

        // ActivitiesController
        new(typeof(ActivitiesController), nameof(ActivitiesController.Index), "GET", T<ActivityListTests>(nameof(ActivityListTests.Get_AreaFilter_OffersOnlyTheFrameworksThatApplyToThePerson)), T<QueryInputTests>(nameof(QueryInputTests.Get_ListWithUnreadableOrOutOfRangeQueryValues_AnswersTheSamePageNotAnError))),
        new(typeof(ActivitiesController), nameof(ActivitiesController.New), "GET", T<ActivityFormTests>(nameof(ActivityFormTests.GetNew_Sam_OffersActiveMethodsAndOnlyHerFrameworksAreas)), null),
        new(typeof(ActivitiesController), nameof(ActivitiesController.New), "POST", T<ActivityFormTests>(nameof(ActivityFormTests.PostNew_MultiDayWithinTenDays_SavesTheEndDate)), T<ActivityFormTests>(nameof(ActivityFormTests.PostNew_WithoutAntiforgeryToken_Answers400AndSavesNothing))),
        new(typeof(ActivitiesController), nameof(ActivitiesController.Details), "GET", T<ActivityOwnershipTests>(nameof(ActivityOwnershipTests.GetDetails_OwnEntry_ShowsEveryField)), T<ActivityOwnershipTests>(nameof(ActivityOwnershipTests.Get_AnotherPractitionersEntry_Answers404AndShowsNothingOfIt))),
        new(typeof(ActivitiesController), nameof(ActivitiesController.Edit), "GET", T<ActivityFormTests>(nameof(ActivityFormTests.GetEdit_OwnEntry_ShowsWhatWasSaved)), T<ActivityOwnershipTests>(nameof(ActivityOwnershipTests.Get_UnknownId_Answers404))),
        new(typeof(ActivitiesController), nameof(ActivitiesController.Edit), "POST", T<ActivityFormTests>(nameof(ActivityFormTests.PostEdit_Valid_UpdatesTheEntry)), T<ActivityOwnershipTests>(nameof(ActivityOwnershipTests.PostEdit_AnotherPractitionersEntry_Answers404AndChangesNothing))),
        new(typeof(ActivitiesController), nameof(ActivitiesController.Delete), "GET", T<ActivityOwnershipTests>(nameof(ActivityOwnershipTests.GetDelete_OwnEntry_AsksForConfirmation)), T<EndpointMatrixTests>(nameof(EndpointMatrixTests.EveryEndpoint_ForEveryKindOfUser_AnswersAsTheMatrixSays))),
        new(typeof(ActivitiesController), nameof(ActivitiesController.DeleteConfirmed), "POST", T<ActivityOwnershipTests>(nameof(ActivityOwnershipTests.PostDelete_OwnEntry_SoftDeletesItAndItDisappears)), T<ActivityOwnershipTests>(nameof(ActivityOwnershipTests.PostDelete_AnotherPractitionersEntry_Answers404AndDeletesNothing))),

        // EvidenceController
        new(typeof(EvidenceController), nameof(EvidenceController.Upload), "POST", T<EvidenceTests>(nameof(EvidenceTests.Upload_ExactlyFiveMegabytes_IsAccepted)), T<EvidenceTests>(nameof(EvidenceTests.Upload_LargerThanFiveMegabytes_IsRefusedWithTheFriendlyMessage))),
        new(typeof(EvidenceController), nameof(EvidenceController.Download), "GET", T<EvidenceTests>(nameof(EvidenceTests.Download_Owner_GetsAnAttachmentWithTheStoredContentType)), T<EvidenceTests>(nameof(EvidenceTests.Delete_EntryWithAFile_ErasesTheFileAndItsDownloadAnswers404))),
        new(typeof(EvidenceController), nameof(EvidenceController.Remove), "POST", T<EvidenceTests>(nameof(EvidenceTests.Remove_OwnFile_DeletesTheRowAndTheStoredFile)), T<EvidenceTests>(nameof(EvidenceTests.Evidence_AnotherPractitionersFile_Answers404ForDownloadRemoveAndUpload))),

        // AssessmentController
        new(typeof(AssessmentController), nameof(AssessmentController.Index), "GET", T<AssessmentPageTests>(nameof(AssessmentPageTests.Get_Jo_ListsTheCommonCoreAreasOnly)), null),
        new(typeof(AssessmentController), nameof(AssessmentController.Area), "GET", T<AssessmentPageTests>(nameof(AssessmentPageTests.GetArea_AreaWithItsOwnWording_ShowsFiveStagesWithThatWordingAsHints)), T<AssessmentPageTests>(nameof(AssessmentPageTests.GetArea_AreaOfAFrameworkThatDoesNotApply_Answers404))),
        new(typeof(AssessmentController), nameof(AssessmentController.Area), "POST", T<SelfAssessmentTests>(nameof(SelfAssessmentTests.Post_ValidStageKept_WhenEvidenceIsMissing)), T<SelfAssessmentTests>(nameof(SelfAssessmentTests.Post_BadInput_Answers400WithTheMessageBesideTheFieldAndSavesNothing))),

        // AuditController
        new(typeof(AuditController), nameof(AuditController.Index), "GET", T<VolumeSeedTests>(nameof(VolumeSeedTests.Get_PageAfterSeedVolume_Opens)), T<AuditLogTests>(nameof(AuditLogTests.Get_BadFilter_Answers400WithTheMessage))),
        new(typeof(AuditController), nameof(AuditController.Export), "GET", T<AuditLogTests>(nameof(AuditLogTests.Export_CsvOfOwnRecord_IsRecordedWithWhoAndWhichRecord)), T<DownloadInputTests>(nameof(DownloadInputTests.AuditExport_BadFilter_Answers400WithTheMessageAndRecordsNoExport))),

        // CertificatesController
        new(typeof(CertificatesController), nameof(CertificatesController.Show), "GET", T<SessionTests>(nameof(SessionTests.Certificate_HolderAndOthers_SeeWhatTheyMayAndUnknownCodesAre404)), T<SessionTests>(nameof(SessionTests.Certificate_HolderAndOthers_SeeWhatTheyMayAndUnknownCodesAre404))),

        // ComplianceReportController
        new(typeof(ComplianceReportController), nameof(ComplianceReportController.Index), "GET", T<VolumeSeedTests>(nameof(VolumeSeedTests.Get_PageAfterSeedVolume_Opens)), T<CompliancePagesTests>(nameof(CompliancePagesTests.Report_UnknownFilter_IsIgnoredAndSaidSo))),
        new(typeof(ComplianceReportController), nameof(ComplianceReportController.Csv), "GET", T<CompliancePagesTests>(nameof(CompliancePagesTests.Csv_Lee_HasHeadingsOnLineOneAndALinePerTeamRoleAndCertification)), T<QueryInputTests>(nameof(QueryInputTests.Get_DownloadWithUnreadableQueryValues_IsTheUnfilteredDownload))),

        // CourseEvaluationController
        new(typeof(CourseEvaluationController), nameof(CourseEvaluationController.Index), "GET", T<EvaluationTests>(nameof(EvaluationTests.SeededCouncil_HasEvaluationResults_AndAFollowUpLeftForTheJob)), T<EvaluationTests>(nameof(EvaluationTests.Evaluation_UnknownCourse_Answers404))),

        // CourseFeedbackController
        new(typeof(CourseFeedbackController), nameof(CourseFeedbackController.Form), "GET", T<EvaluationTests>(nameof(EvaluationTests.GetFeedback_OwnCompletion_ShowsTheFourRatingsAndComment)), T<EvaluationTests>(nameof(EvaluationTests.Feedback_NotMyCompletion_Answers404AndSavesNothing))),
        new(typeof(CourseFeedbackController), nameof(CourseFeedbackController.Form), "POST", T<EvaluationTests>(nameof(EvaluationTests.Evaluation_HandCountedCourse_ShowsMeansShiftAndHidesCommentsOfFewerThanFive)), T<EvaluationTests>(nameof(EvaluationTests.PostFeedback_BadInput_Answers400WithTheMessageBesideTheField_AndSavesNothing))),

        // CoursesController
        new(typeof(CoursesController), nameof(CoursesController.Index), "GET", T<BookingTests>(nameof(BookingTests.Index_Jo_ListsCoursesNotRetiredWithPagination)), T<QueryInputTests>(nameof(QueryInputTests.Get_ListWithUnreadableOrOutOfRangeQueryValues_AnswersTheSamePageNotAnError))),
        new(typeof(CoursesController), nameof(CoursesController.Details), "GET", T<BookingTests>(nameof(BookingTests.Details_Course_ShowsMappedCellsAndUpcomingSessionsWithPlacesLeft)), T<BookingTests>(nameof(BookingTests.Details_UnknownCourse_Answers404))),
        new(typeof(CoursesController), nameof(CoursesController.Book), "POST", T<BookingTests>(nameof(BookingTests.PostBook_Full_JoinsTheWaitingList)), T<BookingTests>(nameof(BookingTests.PostBook_OverlappingAnotherBooking_Answers400AndSavesNothing))),
        new(typeof(CoursesController), nameof(CoursesController.Cancel), "POST", T<BookingTests>(nameof(BookingTests.PostCancel_BookedPlace_PromotesTheFirstWaitingAndNotifiesThemWithoutFreeText)), T<BookingTests>(nameof(BookingTests.PostCancel_SomeoneElsesBooking_Answers404AndKeepsIt))),

        // EmailOutboxController
        new(typeof(EmailOutboxController), nameof(EmailOutboxController.Index), "GET", T<EmailPagesTests>(nameof(EmailPagesTests.Outbox_ManyEmails_IsPaged)), T<EmailPagesTests>(nameof(EmailPagesTests.Outbox_UnknownStatus_Answers400WithAMessage))),

        // EmailPreferencesController
        new(typeof(EmailPreferencesController), nameof(EmailPreferencesController.Index), "GET", T<EmailPagesTests>(nameof(EmailPagesTests.Preferences_GetThenSave_StoresMyChoiceAndStopsThoseEmails)), null),
        new(typeof(EmailPreferencesController), nameof(EmailPreferencesController.Save), "POST", T<EmailPagesTests>(nameof(EmailPagesTests.Preferences_GetThenSave_StoresMyChoiceAndStopsThoseEmails)), T<EmailPagesTests>(nameof(EmailPagesTests.Preferences_InvalidPost_Answers400AndSavesNothing))),

        // ErrorController
        new(typeof(ErrorController), nameof(ErrorController.Unhandled), "ANY", T<ErrorPageTests>(nameof(ErrorPageTests.Get_ActionThrows_Answers500WithReferenceAndNoDetail)), T<ErrorPageTests>(nameof(ErrorPageTests.Get_ErrorPageTypedDirectly_Answers404))),
        new(typeof(ErrorController), nameof(ErrorController.Status), "ANY", T<ErrorPageTests>(nameof(ErrorPageTests.Get_UnknownPathSignedIn_Answers404Page)), T<ErrorPageTests>(nameof(ErrorPageTests.Get_ErrorPageTypedDirectly_Answers404))),

        // ExportController
        new(typeof(ExportController), nameof(ExportController.Index), "GET", T<ExportFormTests>(nameof(ExportFormTests.Get_Jo_OffersNeitherTheRegistrationYearNorSocialWorkEnglandsFields)), null),
        new(typeof(ExportController), nameof(ExportController.Download), "GET", T<ExportDownloadTests>(nameof(ExportDownloadTests.Download_CellsStartingWithAFormulaCharacter_AreNeutralisedWithAnApostrophe)), T<ExportFormTests>(nameof(ExportFormTests.Download_BadChoice_Answers400WithTheMessagesAndKeepsWhatWasTyped))),
        new(typeof(ExportController), nameof(ExportController.Print), "GET", T<ExportDownloadTests>(nameof(ExportDownloadTests.Print_LearningYear_ListsEveryEntryWithItsDetailsAndAPrintButton)), T<ExportFormTests>(nameof(ExportFormTests.Print_BadDates_Answers400WithTheMessages))),

        // ExternalSignInController
        new(typeof(ExternalSignInController), nameof(ExternalSignInController.SignIn), "POST", T<SingleSignOnTests>(nameof(SingleSignOnTests.SignIn_FirstTimeWithKnownVerifiedEmail_LinksAccountAndShowsHomeAsThatUser)), T<SingleSignOnTests>(nameof(SingleSignOnTests.SignIn_UnknownUser_ShowsClearPageCreatesNothingAndIsAudited))),
        new(typeof(ExternalSignInController), nameof(ExternalSignInController.Callback), "GET", T<SingleSignOnTests>(nameof(SingleSignOnTests.SignIn_FirstTimeWithKnownVerifiedEmail_LinksAccountAndShowsHomeAsThatUser)), T<SingleSignOnTests>(nameof(SingleSignOnTests.Callback_TamperedState_ShowsProblemPage))),
        new(typeof(ExternalSignInController), nameof(ExternalSignInController.Problem), "GET", T<SingleSignOnTests>(nameof(SingleSignOnTests.Callback_TypedInWithoutProviderAnswer_ShowsProblemPage)), null),

        new(typeof(ExternalSignInController), nameof(ExternalSignInController.SignOut), "POST", T<SingleSignOnTests>(nameof(SingleSignOnTests.SignOut_AfterSingleSignOn_EndsPortalSessionAndRedirectsToProviderEndSession)), T<EndpointMatrixTests>(nameof(EndpointMatrixTests.EveryNonGetEndpoint_WithoutAntiforgeryToken_IsRefusedWith400))),

        // FollowUpsController
        new(typeof(FollowUpsController), nameof(FollowUpsController.Index), "GET", T<EvaluationTests>(nameof(EvaluationTests.RequestDue_CompletionThreeMonthsOld_AsksTheCurrentSupervisorOnce)), T<QueryInputTests>(nameof(QueryInputTests.Get_ListWithUnreadableOrOutOfRangeQueryValues_AnswersTheSamePageNotAnError))),
        new(typeof(FollowUpsController), nameof(FollowUpsController.Details), "GET", T<EvaluationTests>(nameof(EvaluationTests.FollowUps_OnlyTheCurrentSupervisorSeesAndAnswers)), T<EndpointMatrixTests>(nameof(EndpointMatrixTests.EveryEndpoint_ForEveryKindOfUser_AnswersAsTheMatrixSays))),
        new(typeof(FollowUpsController), nameof(FollowUpsController.Details), "POST", T<EvaluationTests>(nameof(EvaluationTests.FollowUps_OnlyTheCurrentSupervisorSeesAndAnswers)), T<EvaluationTests>(nameof(EvaluationTests.AnswerFollowUp_BadInput_Answers400AndSavesNothing))),

        // HomeController
        new(typeof(HomeController), nameof(HomeController.Index), "GET", T<BookingTests>(nameof(BookingTests.Index_Jo_ListsCoursesNotRetiredWithPagination)), null),

        // ImportController
        new(typeof(ImportController), nameof(ImportController.Index), "GET", T<StaffImportTests>(nameof(StaffImportTests.Get_Index_ShowsTheColumnsTemplateAndAccountsNote)), null),
        new(typeof(ImportController), nameof(ImportController.Template), "GET", T<StaffImportTests>(nameof(StaffImportTests.Get_Template_IsACsvWithTheHeaderAndAnExample)), null),
        new(typeof(ImportController), nameof(ImportController.Upload), "POST", T<StaffImportTests>(nameof(StaffImportTests.Confirm_GoodFile_CreatesPeopleAndLinesOnceAndAudits)), T<StaffImportTests>(nameof(StaffImportTests.Upload_BadFile_Answers400WithTheReasonAndStoresNothing))),
        new(typeof(ImportController), nameof(ImportController.Preview), "GET", T<StaffImportTests>(nameof(StaffImportTests.Preview_ExistingPeople_ShowsUpdateWithColumnsAndRetire)), T<StaffImportTests>(nameof(StaffImportTests.Preview_UnknownUpload_Answers404))),
        new(typeof(ImportController), nameof(ImportController.Apply), "POST", T<StaffImportTests>(nameof(StaffImportTests.Confirm_GoodFile_CreatesPeopleAndLinesOnceAndAudits)), T<StaffImportTests>(nameof(StaffImportTests.Confirm_AppliedUploadAgain_Answers404AndChangesNothing))),

        // ImportCompletionsController
        new(typeof(ImportCompletionsController), nameof(ImportCompletionsController.Template), "GET", T<FormPagesTests>(nameof(FormPagesTests.GetCompletionsTemplate_Administrator_IsACsvWithTheHeader)), null),
        new(typeof(ImportCompletionsController), nameof(ImportCompletionsController.Upload), "POST", T<CompletionImportTests>(nameof(CompletionImportTests.Confirm_GoodFile_RecordsCompletedEntriesOnceAndAudits)), T<CompletionImportTests>(nameof(CompletionImportTests.Upload_WrongHeader_Answers400BesideTheCompletionsFile))),
        new(typeof(ImportCompletionsController), nameof(ImportCompletionsController.Preview), "GET", T<CompletionImportTests>(nameof(CompletionImportTests.Confirm_GoodFile_RecordsCompletedEntriesOnceAndAudits)), T<CompletionImportTests>(nameof(CompletionImportTests.Preview_StaffUploadId_Answers404))),
        new(typeof(ImportCompletionsController), nameof(ImportCompletionsController.Apply), "POST", T<CompletionImportTests>(nameof(CompletionImportTests.Confirm_GoodFile_RecordsCompletedEntriesOnceAndAudits)), T<UnknownRecordPostTests>(nameof(UnknownRecordPostTests.Post_UnknownRecord_Answers404AndChangesNothing))),

        // LearningCertificationsController
        new(typeof(LearningCertificationsController), nameof(LearningCertificationsController.Index), "GET", T<CertificationAdminTests>(nameof(CertificationAdminTests.Index_Lee_ListsTheSeededCertificationsWithCoursesAndRoles)), T<QueryInputTests>(nameof(QueryInputTests.Get_ListWithUnreadableOrOutOfRangeQueryValues_AnswersTheSamePageNotAnError))),
        new(typeof(LearningCertificationsController), nameof(LearningCertificationsController.New), "GET", T<CertificationAdminTests>(nameof(CertificationAdminTests.New_Valid_SavesTheRuleAndTheCoursesAndShowsThem)), null),
        new(typeof(LearningCertificationsController), nameof(LearningCertificationsController.New), "POST", T<CertificationAdminTests>(nameof(CertificationAdminTests.New_Valid_SavesTheRuleAndTheCoursesAndShowsThem)), T<CertificationAdminTests>(nameof(CertificationAdminTests.New_BadInput_Answers400WithTheMessageBesideTheFieldAndSavesNothing))),
        new(typeof(LearningCertificationsController), nameof(LearningCertificationsController.Details), "GET", T<FormPagesTests>(nameof(FormPagesTests.GetCertification_DetailsAndEdit_ShowTheSavedRule)), T<EndpointMatrixTests>(nameof(EndpointMatrixTests.EveryEndpoint_ForEveryKindOfUser_AnswersAsTheMatrixSays))),
        new(typeof(LearningCertificationsController), nameof(LearningCertificationsController.Edit), "GET", T<FormPagesTests>(nameof(FormPagesTests.GetCertification_DetailsAndEdit_ShowTheSavedRule)), T<CertificationAdminTests>(nameof(CertificationAdminTests.Edit_UnknownCertification_Answers404))),
        new(typeof(LearningCertificationsController), nameof(LearningCertificationsController.Edit), "POST", T<FormPagesTests>(nameof(FormPagesTests.PostCertificationEdit_NewNameAndPeriod_SavesThemAndRedirects)), T<CertificationAdminTests>(nameof(CertificationAdminTests.Edit_UnknownCertification_Answers404))),
        new(typeof(LearningCertificationsController), nameof(LearningCertificationsController.Equivalent), "GET", T<CertificationAdminTests>(nameof(CertificationAdminTests.AcceptEntry_JosCompletedEntry_RenewsHerLapsedDataProtectionFromItsDate)), T<CertificationAdminTests>(nameof(CertificationAdminTests.Equivalent_UnknownStaffNumber_Answers400WithAMessage))),
        new(typeof(LearningCertificationsController), nameof(LearningCertificationsController.Accept), "POST", T<CertificationAdminTests>(nameof(CertificationAdminTests.AcceptEntry_JosCompletedEntry_RenewsHerLapsedDataProtectionFromItsDate)), T<UnknownRecordPostTests>(nameof(UnknownRecordPostTests.Post_UnknownRecord_Answers404AndChangesNothing))),

        // LearningCoursesController
        new(typeof(LearningCoursesController), nameof(LearningCoursesController.Index), "GET", T<CatalogueTests>(nameof(CatalogueTests.Index_Lee_ListsTheFirstPageByTitleWithPagination)), T<MappingTests>(nameof(MappingTests.Index_UnknownFramework_Answers404))),
        new(typeof(LearningCoursesController), nameof(LearningCoursesController.New), "GET", T<FormPagesTests>(nameof(FormPagesTests.GetNew_ForTheRoleThatUsesIt_ShowsTheEmptyFormWithoutErrors)), null),
        new(typeof(LearningCoursesController), nameof(LearningCoursesController.New), "POST", T<CatalogueTests>(nameof(CatalogueTests.PostNew_Valid_SavesTheCourseAndShowsIt)), T<CatalogueTests>(nameof(CatalogueTests.PostNew_BadInput_Answers400WithTheMessageAndSavesNothing))),
        new(typeof(LearningCoursesController), nameof(LearningCoursesController.Details), "GET", T<CatalogueTests>(nameof(CatalogueTests.Tags_Lee_ListsTheSeededPracticeFrameworksWithCourseCounts)), T<CatalogueTests>(nameof(CatalogueTests.Get_UnknownCourse_Answers404))),
        new(typeof(LearningCoursesController), nameof(LearningCoursesController.Edit), "GET", T<CatalogueTests>(nameof(CatalogueTests.GetEdit_ShowsWhatIsSaved)), T<CatalogueTests>(nameof(CatalogueTests.Get_UnknownCourse_Answers404))),
        new(typeof(LearningCoursesController), nameof(LearningCoursesController.Edit), "POST", T<CatalogueTests>(nameof(CatalogueTests.PostEdit_Valid_ChangesTheCourse)), T<CatalogueTests>(nameof(CatalogueTests.PostEdit_TitleEmpty_Answers400AndKeepsTheCourse))),
        new(typeof(LearningCoursesController), nameof(LearningCoursesController.Retire), "POST", T<CatalogueTests>(nameof(CatalogueTests.PostRetireThenReinstate_ChangesWhetherStaffCanBookIt)), T<CatalogueTests>(nameof(CatalogueTests.PostRetire_UnknownCourse_Answers404))),
        new(typeof(LearningCoursesController), nameof(LearningCoursesController.Reinstate), "POST", T<CatalogueTests>(nameof(CatalogueTests.PostRetireThenReinstate_ChangesWhetherStaffCanBookIt)), T<UnknownRecordPostTests>(nameof(UnknownRecordPostTests.Post_UnknownRecord_Answers404AndChangesNothing))),
        new(typeof(LearningCoursesController), nameof(LearningCoursesController.Tags), "GET", T<CatalogueTests>(nameof(CatalogueTests.Tags_Lee_ListsTheSeededPracticeFrameworksWithCourseCounts)), null),
        new(typeof(LearningCoursesController), nameof(LearningCoursesController.Tags), "POST", T<CatalogueTests>(nameof(CatalogueTests.PostTags_NewNameThenRename_AddsAndRenamesIt)), T<CatalogueTests>(nameof(CatalogueTests.PostTags_BadName_Answers400AndSavesNothing))),

        // LearningFrameworksController
        new(typeof(LearningFrameworksController), nameof(LearningFrameworksController.Index), "GET", T<FrameworkEditingTests>(nameof(FrameworkEditingTests.Index_Lee_ListsEachVersionWithStatusAudienceAndAreaCount)), T<QueryInputTests>(nameof(QueryInputTests.Get_ListWithUnreadableOrOutOfRangeQueryValues_AnswersTheSamePageNotAnError))),
        new(typeof(LearningFrameworksController), nameof(LearningFrameworksController.Framework), "GET", T<FrameworkEditingTests>(nameof(FrameworkEditingTests.Framework_AnyNumberOfAreas_RunsAtMostTenSqlCommands)), T<FrameworkEditingTests>(nameof(FrameworkEditingTests.Framework_Unknown_Answers404))),
        new(typeof(LearningFrameworksController), nameof(LearningFrameworksController.NewVersion), "POST", T<FrameworkEditingTests>(nameof(FrameworkEditingTests.NewVersion_Published_MakesOneDraftCopyWithTheSameKeysAndIsAudited)), T<FrameworkEditingTests>(nameof(FrameworkEditingTests.NewVersion_Practitioner_Answers403AndMakesNoDraft))),
        new(typeof(LearningFrameworksController), nameof(LearningFrameworksController.AddArea), "POST", T<FrameworkDraftAreaTests>(nameof(FrameworkDraftAreaTests.AddArea_ThenOpenMoveAndRemove_EachChangesTheDraft)), T<FrameworkEditingTests>(nameof(FrameworkEditingTests.AddArea_EmptyName_Answers400AndSavesNothing))),
        new(typeof(LearningFrameworksController), nameof(LearningFrameworksController.Area), "GET", T<FrameworkDraftAreaTests>(nameof(FrameworkDraftAreaTests.AddArea_ThenOpenMoveAndRemove_EachChangesTheDraft)), T<EndpointMatrixTests>(nameof(EndpointMatrixTests.EveryEndpoint_ForEveryKindOfUser_AnswersAsTheMatrixSays))),
        new(typeof(LearningFrameworksController), nameof(LearningFrameworksController.SaveArea), "POST", T<FrameworkEditingTests>(nameof(FrameworkEditingTests.SaveArea_Draft_RenamesAndRewordsIt)), T<FrameworkEditingTests>(nameof(FrameworkEditingTests.SaveArea_BadInput_Answers400BesideTheFieldAndSavesNothing))),
        new(typeof(LearningFrameworksController), nameof(LearningFrameworksController.MoveArea), "POST", T<FrameworkDraftAreaTests>(nameof(FrameworkDraftAreaTests.AddArea_ThenOpenMoveAndRemove_EachChangesTheDraft)), T<FrameworkDraftAreaTests>(nameof(FrameworkDraftAreaTests.MoveArea_DirectionNotEarlierOrLater_Answers400AndKeepsTheOrder))),
        new(typeof(LearningFrameworksController), nameof(LearningFrameworksController.RemoveArea), "POST", T<FrameworkDraftAreaTests>(nameof(FrameworkDraftAreaTests.AddArea_ThenOpenMoveAndRemove_EachChangesTheDraft)), T<FrameworkDraftAreaTests>(nameof(FrameworkDraftAreaTests.RemoveArea_AreaOfAnotherVersion_Answers404AndRemovesNothing))),
        new(typeof(LearningFrameworksController), nameof(LearningFrameworksController.Publish), "POST", T<FrameworkPublishTests>(nameof(FrameworkPublishTests.Publish_RenamedArea_CarriesMappingsExpectationsAndStagesForwardAndTheOldVersionIsSuperseded)), T<FrameworkEditingTests>(nameof(FrameworkEditingTests.Publish_DraftWithNoAreas_Answers400AndPublishesNothing))),

        // LearningMappingController
        new(typeof(LearningMappingController), nameof(LearningMappingController.Index), "GET", T<MappingTests>(nameof(MappingTests.Index_Pcf_ShowsEveryCellWithItsCountAndCoursesAndListsTheGaps)), T<MappingTests>(nameof(MappingTests.Index_UnknownFramework_Answers404))),
        new(typeof(LearningMappingController), nameof(LearningMappingController.Map), "POST", T<MappingTests>(nameof(MappingTests.PostMap_GapCell_FillsItAndTheGapDisappears)), T<MappingTests>(nameof(MappingTests.PostMap_NoAreaOrCourse_Answers400))),
        new(typeof(LearningMappingController), nameof(LearningMappingController.Unmap), "POST", T<MappingTests>(nameof(MappingTests.PostUnmap_FromTheCoursePage_RemovesTheCellAndReturnsThere)), T<UnknownRecordPostTests>(nameof(UnknownRecordPostTests.Post_UnknownRecord_Answers404AndChangesNothing))),

        // LearningPathwaysController
        new(typeof(LearningPathwaysController), nameof(LearningPathwaysController.Index), "GET", T<PathwayEditingTests>(nameof(PathwayEditingTests.Index_Lee_ListsThePathwayWithItsStepsAndRoles)), T<QueryInputTests>(nameof(QueryInputTests.Get_ListWithUnreadableOrOutOfRangeQueryValues_AnswersTheSamePageNotAnError))),
        new(typeof(LearningPathwaysController), nameof(LearningPathwaysController.Pathway), "GET", T<PathwayEditingTests>(nameof(PathwayEditingTests.Pathway_AnyNumberOfRoles_RunsAtMostTenSqlCommands)), T<PathwayEditingTests>(nameof(PathwayEditingTests.Pathway_UnknownPathway_Answers404))),
        new(typeof(LearningPathwaysController), nameof(LearningPathwaysController.AddRole), "POST", T<PathwayEditingTests>(nameof(PathwayEditingTests.AddRole_AtTheEnd_GoesOnANewLastStepAndIsAudited)), T<PathwayEditingTests>(nameof(PathwayEditingTests.AddRole_BadInput_Answers400AndSavesNothing))),
        new(typeof(LearningPathwaysController), nameof(LearningPathwaysController.Move), "POST", T<PathwayEditingTests>(nameof(PathwayEditingTests.Move_EarlierThenLater_ChangesTheStepAndBack)), T<PathwayEditingTests>(nameof(PathwayEditingTests.Move_FirstRoleEarlier_Answers400WithTheReason))),
        new(typeof(LearningPathwaysController), nameof(LearningPathwaysController.Remove), "POST", T<PathwayEditingTests>(nameof(PathwayEditingTests.Remove_RoleNobodyHolds_RemovesIt)), T<PathwayEditingTests>(nameof(PathwayEditingTests.Remove_RoleStaffHold_Answers400SayingWhyAndKeepsIt))),
        new(typeof(LearningPathwaysController), nameof(LearningPathwaysController.Role), "GET", T<PathwayEditingTests>(nameof(PathwayEditingTests.Expectations_SetAndClear_SavesAndShowsThemOnTheRolePage)), T<PathwayEditingTests>(nameof(PathwayEditingTests.Role_RoleOfThePathwayUnderAnotherPathwayId_Answers404))),
        new(typeof(LearningPathwaysController), nameof(LearningPathwaysController.Details), "POST", T<PathwayEditingTests>(nameof(PathwayEditingTests.Details_RenameAndDropRegistration_SavesBoth)), T<PathwayEditingTests>(nameof(PathwayEditingTests.Details_EmptyTitle_Answers400AndSavesNothing))),
        new(typeof(LearningPathwaysController), nameof(LearningPathwaysController.Expectations), "POST", T<PathwayEditingTests>(nameof(PathwayEditingTests.Expectations_SetAndClear_SavesAndShowsThemOnTheRolePage)), T<PathwayEditingTests>(nameof(PathwayEditingTests.Expectations_StageOutsideOneToFive_Answers400BesideTheAreaAndSavesNothing))),
        new(typeof(LearningPathwaysController), nameof(LearningPathwaysController.AddCourse), "POST", T<PathwayEditingTests>(nameof(PathwayEditingTests.AddCourse_RequiredForTheNextRole_ShowsOnTheRoleAndOnSamsPathway)), T<PathwayEditingTests>(nameof(PathwayEditingTests.AddCourse_BadInput_Answers400AndSavesNothing))),
        new(typeof(LearningPathwaysController), nameof(LearningPathwaysController.RemoveCourse), "POST", T<PathwayEditingTests>(nameof(PathwayEditingTests.RemoveCourse_Listed_RemovesIt)), T<UnknownRecordPostTests>(nameof(UnknownRecordPostTests.Post_UnknownRecord_Answers404AndChangesNothing))),

        // LearningSessionsController
        new(typeof(LearningSessionsController), nameof(LearningSessionsController.Index), "GET", T<SessionTests>(nameof(SessionTests.Index_Lee_ListsUpcomingSessionsFirst)), T<QueryInputTests>(nameof(QueryInputTests.Get_ListWithUnreadableOrOutOfRangeQueryValues_AnswersTheSamePageNotAnError))),
        new(typeof(LearningSessionsController), nameof(LearningSessionsController.New), "GET", T<FormPagesTests>(nameof(FormPagesTests.GetNew_ForTheRoleThatUsesIt_ShowsTheEmptyFormWithoutErrors)), T<QueryInputTests>(nameof(QueryInputTests.Get_ListWithUnreadableOrOutOfRangeQueryValues_AnswersTheSamePageNotAnError))),
        new(typeof(LearningSessionsController), nameof(LearningSessionsController.New), "POST", T<SessionTests>(nameof(SessionTests.PostNew_Valid_SchedulesTheSessionInUkTime)), T<SessionTests>(nameof(SessionTests.PostNew_BadInput_Answers400WithTheMessageAndSavesNothing))),
        new(typeof(LearningSessionsController), nameof(LearningSessionsController.Details), "GET", T<SessionTests>(nameof(SessionTests.Details_Session_ListsBookingsAndTheWaitingListInOrder)), T<SessionTests>(nameof(SessionTests.Details_UnknownSession_Answers404))),
        new(typeof(LearningSessionsController), nameof(LearningSessionsController.Attendance), "POST", T<SessionTests>(nameof(SessionTests.PostAttendance_AttendedTwice_CreatesOneCompletedActivityAndOneCertificate)), T<SessionTests>(nameof(SessionTests.PostAttendance_NeitherAttendedNorNot_Answers400BesideTheBookingAndMarksNothing))),

        // MyCertificationsController
        new(typeof(MyCertificationsController), nameof(MyCertificationsController.Index), "GET", T<CertificationAdminTests>(nameof(CertificationAdminTests.Index_Lee_ListsTheSeededCertificationsWithCoursesAndRoles)), T<QueryInputTests>(nameof(QueryInputTests.Get_ListWithUnreadableOrOutOfRangeQueryValues_AnswersTheSamePageNotAnError))),

        // MySupervisionController
        new(typeof(MySupervisionController), nameof(MySupervisionController.Index), "GET", T<SessionRecordTests>(nameof(SessionRecordTests.MySupervision_Sam_ListsHerSessionsWithTheUnacknowledgedFlagged)), T<QueryInputTests>(nameof(QueryInputTests.Get_ListWithUnreadableOrOutOfRangeQueryValues_AnswersTheSamePageNotAnError))),

        // NotificationsController
        new(typeof(NotificationsController), nameof(NotificationsController.Index), "GET", T<NotificationsPageTests>(nameof(NotificationsPageTests.Get_Chris_DoesNotSeeSomeoneElsesNotifications)), T<QueryInputTests>(nameof(QueryInputTests.Get_ListWithUnreadableOrOutOfRangeQueryValues_AnswersTheSamePageNotAnError))),
        new(typeof(NotificationsController), nameof(NotificationsController.MarkAllRead), "POST", T<NotificationsPageTests>(nameof(NotificationsPageTests.MarkAllRead_Post_MarksEveryOneOfMineReadAndNobodyElses)), T<EndpointMatrixTests>(nameof(EndpointMatrixTests.EveryNonGetEndpoint_WithoutAntiforgeryToken_IsRefusedWith400))),

        // PathwayController
        new(typeof(PathwayController), nameof(PathwayController.Index), "GET", T<PathwayEditingTests>(nameof(PathwayEditingTests.Index_Lee_ListsThePathwayWithItsStepsAndRoles)), null),

        // PlanController
        new(typeof(PlanController), nameof(PlanController.Index), "GET", T<PlanReviewPageTests>(nameof(PlanReviewPageTests.Index_Chris_ListsJosSubmittedPlanAndAlexDoesNot)), null),
        new(typeof(PlanController), nameof(PlanController.Start), "POST", T<PlanReviewTests>(nameof(PlanReviewTests.PostStart_PlanAlreadyStarted_KeepsTheOnePlan)), T<PlanReviewTests>(nameof(PlanReviewTests.PostStart_NoPlanThisYear_StartsADraftThatCannotBeSubmittedEmpty))),
        new(typeof(PlanController), nameof(PlanController.Submit), "POST", T<PlanReviewTests>(nameof(PlanReviewTests.PostSubmit_SamsDraft_SubmitsItNotifiesAlexOnlyAndLocksTheGoals)), T<PlanPageTests>(nameof(PlanPageTests.PostSubmit_JosAlreadySubmittedPlan_Answers400))),
        new(typeof(PlanController), nameof(PlanController.RemoveGoal), "POST", T<PlanGoalTests>(nameof(PlanGoalTests.PostRemove_SamsGoal_RemovesOnlyThatGoal)), T<PlanPageTests>(nameof(PlanPageTests.PostRemove_JosGoalOnHerSubmittedPlan_Answers400AndKeepsIt))),
        new(typeof(PlanController), nameof(PlanController.RecordProgress), "POST", T<PlanGoalTests>(nameof(PlanGoalTests.PostProgress_InProgress_SavesItOnTheDraft)), T<PlanGoalTests>(nameof(PlanGoalTests.PostProgress_UnknownValue_Answers400AndChangesNothing))),

        // PlanGoalsController
        new(typeof(PlanGoalsController), nameof(PlanGoalsController.New), "GET", T<PlanPageTests>(nameof(PlanPageTests.GetNew_Sam_OffersTheAreasOfHerFrameworksOnly)), null),
        new(typeof(PlanGoalsController), nameof(PlanGoalsController.New), "POST", T<PlanGoalTests>(nameof(PlanGoalTests.PostNew_ValidGoal_AddsItAndRedirectsToThePlan)), T<PlanGoalTests>(nameof(PlanGoalTests.PostNew_BadGoal_Answers400WithTheMessageBesideTheFieldAndAddsNothing))),
        new(typeof(PlanGoalsController), nameof(PlanGoalsController.Edit), "GET", T<PlanGoalTests>(nameof(PlanGoalTests.GetEdit_SamsGoal_ShowsWhatItSaysNow)), T<PlanPageTests>(nameof(PlanPageTests.GetEdit_JosGoalOnHerSubmittedPlan_Answers400WithTheReason))),
        new(typeof(PlanGoalsController), nameof(PlanGoalsController.Edit), "POST", T<PlanGoalTests>(nameof(PlanGoalTests.PostEdit_ValidGoal_ChangesIt)), T<PlanGoalTests>(nameof(PlanGoalTests.PostEdit_BadGoal_Answers400AndChangesNothing))),

        // PlanReviewController
        new(typeof(PlanReviewController), nameof(PlanReviewController.Index), "GET", T<PlanReviewPageTests>(nameof(PlanReviewPageTests.Index_Chris_ListsJosSubmittedPlanAndAlexDoesNot)), T<QueryInputTests>(nameof(QueryInputTests.Get_ListWithUnreadableOrOutOfRangeQueryValues_AnswersTheSamePageNotAnError))),
        new(typeof(PlanReviewController), nameof(PlanReviewController.Review), "GET", T<PlanReviewPageTests>(nameof(PlanReviewPageTests.Review_Chris_ShowsTheGoalsHistoryAndDecisionForm)), T<EndpointMatrixTests>(nameof(EndpointMatrixTests.EveryEndpoint_ForEveryKindOfUser_AnswersAsTheMatrixSays))),
        new(typeof(PlanReviewController), nameof(PlanReviewController.Review), "POST", T<PlanReviewPageTests>(nameof(PlanReviewPageTests.Decide_ByAlexOnJosPlan_IsNotFoundAndChangesNothing)), T<PlanReviewPageTests>(nameof(PlanReviewPageTests.Decide_BadInput_Answers400AndChangesNothing))),

        // PracticeQualityController
        new(typeof(PracticeQualityController), nameof(PracticeQualityController.Index), "GET", T<DemoReflectionQualityTests>(nameof(DemoReflectionQualityTests.PatQuinn_HasOnlyThePracticeQualityRole_AndARoundInProgressWithThreeReviewsDone)), T<PracticeQualityTests>(nameof(PracticeQualityTests.AnotherReviewersSampleAndReview_Answer404))),
        new(typeof(PracticeQualityController), nameof(PracticeQualityController.New), "GET", T<PracticeQualityTests>(nameof(PracticeQualityTests.Report_AfterAReview_ShowsTablesAndTheCsv)), null),
        new(typeof(PracticeQualityController), nameof(PracticeQualityController.New), "POST", T<PracticeQualityTests>(nameof(PracticeQualityTests.Report_AfterAReview_ShowsTablesAndTheCsv)), T<PracticeQualityTests>(nameof(PracticeQualityTests.Draw_BadPercentage_Answers400WithTheMessageAndDrawsNothing))),
        new(typeof(PracticeQualityController), nameof(PracticeQualityController.Sample), "GET", T<PracticeQualityTests>(nameof(PracticeQualityTests.Report_AfterAReview_ShowsTablesAndTheCsv)), T<PracticeQualityTests>(nameof(PracticeQualityTests.Draw_BadPercentage_Answers400WithTheMessageAndDrawsNothing))),
        new(typeof(PracticeQualityController), nameof(PracticeQualityController.Review), "GET", T<PracticeQualityTests>(nameof(PracticeQualityTests.Review_SavedWithFeedback_ThePractitionerReadsItOnTheEntry)), T<PracticeQualityTests>(nameof(PracticeQualityTests.Review_WithoutJudgementsOrFeedback_Answers400AndSavesNothing))),
        new(typeof(PracticeQualityController), nameof(PracticeQualityController.Review), "POST", T<PracticeQualityTests>(nameof(PracticeQualityTests.Review_SavedWithFeedback_ThePractitionerReadsItOnTheEntry)), T<PracticeQualityTests>(nameof(PracticeQualityTests.Review_WithoutJudgementsOrFeedback_Answers400AndSavesNothing))),
        new(typeof(PracticeQualityController), nameof(PracticeQualityController.Reveal), "POST", T<PracticeQualityTests>(nameof(PracticeQualityTests.Reveal_ShowsTheAuthorAndIsAudited)), T<PracticeQualityTests>(nameof(PracticeQualityTests.AnotherReviewersSampleAndReview_Answer404))),
        new(typeof(PracticeQualityController), nameof(PracticeQualityController.Report), "GET", T<PracticeQualityTests>(nameof(PracticeQualityTests.Report_AfterAReview_ShowsTablesAndTheCsv)), T<DownloadInputTests>(nameof(DownloadInputTests.PracticeQualityReport_UnreadableYear_ShowsTheCurrentYearsReport))),
        new(typeof(PracticeQualityController), nameof(PracticeQualityController.ReportCsv), "GET", T<PracticeQualityTests>(nameof(PracticeQualityTests.Report_AfterAReview_ShowsTablesAndTheCsv)), T<DownloadInputTests>(nameof(DownloadInputTests.PracticeQualityReportCsv_UnreadableYear_IsTheCurrentYearsFileWithItsHeadings))),

        // RegistrationController
        new(typeof(RegistrationController), nameof(RegistrationController.Index), "GET", T<RegistrationPageTests>(nameof(RegistrationPageTests.Get_Jo_ExplainsItAppliesToRegisteredSocialWorkersAndShowsNoData)), T<QueryInputTests>(nameof(QueryInputTests.Get_ListWithUnreadableOrOutOfRangeQueryValues_AnswersTheSamePageNotAnError))),
        new(typeof(RegistrationController), nameof(RegistrationController.Entry), "GET", T<RegistrationEntryTests>(nameof(RegistrationEntryTests.Get_JoOwnEntry_ExplainsItAppliesToRegisteredSocialWorkers)), T<RegistrationEntryTests>(nameof(RegistrationEntryTests.Get_NoSuchEntry_IsNotFound))),

        // ReportsController
        new(typeof(ReportsController), nameof(ReportsController.Index), "GET", T<ReportPagesTests>(nameof(ReportPagesTests.Index_EachHeadline_IsTheReportPagesOwnHeadline)), null),
        new(typeof(ReportsController), nameof(ReportsController.Show), "GET", T<ReportPagesTests>(nameof(ReportPagesTests.Show_JunkFilters_AreIgnored)), T<ReportPagesTests>(nameof(ReportPagesTests.Show_UnknownFilter_IsIgnoredAndSaidSo))),
        new(typeof(ReportsController), nameof(ReportsController.Csv), "GET", T<ReportPagesTests>(nameof(ReportPagesTests.Csv_EveryTable_HasItsHeadingsOnTheFirstLineAndOneTablePerFile)), T<EndpointMatrixTests>(nameof(EndpointMatrixTests.EveryEndpoint_ForEveryKindOfUser_AnswersAsTheMatrixSays))),

        // RetentionController
        new(typeof(RetentionController), nameof(RetentionController.Index), "GET", T<RetentionTests>(nameof(RetentionTests.Preview_Administrator_ListsDueLeaversAndCountsAndIsInTheNavigation)), T<QueryInputTests>(nameof(QueryInputTests.Get_ListWithUnreadableOrOutOfRangeQueryValues_AnswersTheSamePageNotAnError))),
        new(typeof(RetentionController), nameof(RetentionController.Run), "POST", T<RetentionTests>(nameof(RetentionTests.RunNow_DueLeaver_IsAnonymisedKeepingWhatReportsCountAndTheRunIsAudited)), T<EndpointMatrixTests>(nameof(EndpointMatrixTests.EveryNonGetEndpoint_WithoutAntiforgeryToken_IsRefusedWith400))),

        // RoleCertificationsController
        new(typeof(RoleCertificationsController), nameof(RoleCertificationsController.Index), "GET", T<CertificationAdminTests>(nameof(CertificationAdminTests.RoleRequirement_NoCourseConfersIt_IsAllowedAndShownAsAGap_ThenCountsForEveryoneInTheRoleAtOnce)), T<CertificationAdminTests>(nameof(CertificationAdminTests.RoleRequirement_RoleOnAnotherPathway_Answers404))),
        new(typeof(RoleCertificationsController), nameof(RoleCertificationsController.Add), "POST", T<CertificationAdminTests>(nameof(CertificationAdminTests.RoleRequirement_NoCourseConfersIt_IsAllowedAndShownAsAGap_ThenCountsForEveryoneInTheRoleAtOnce)), T<CertificationAdminTests>(nameof(CertificationAdminTests.RoleRequirement_NothingChosen_Answers400WithAMessage))),
        new(typeof(RoleCertificationsController), nameof(RoleCertificationsController.Remove), "POST", T<CertificationAdminTests>(nameof(CertificationAdminTests.RoleRequirement_NoCourseConfersIt_IsAllowedAndShownAsAGap_ThenCountsForEveryoneInTheRoleAtOnce)), T<UnknownRecordPostTests>(nameof(UnknownRecordPostTests.Post_UnknownRecord_Answers404AndChangesNothing))),

        // SessionRecordsController
        new(typeof(SessionRecordsController), nameof(SessionRecordsController.New), "GET", T<SessionRecordTests>(nameof(SessionRecordTests.GetNew_Alex_ShowsTheFormWithDefaultsTheCaseRecordWarningAndSamsOpenActions)), T<EndpointMatrixTests>(nameof(EndpointMatrixTests.EveryEndpoint_ForEveryKindOfUser_AnswersAsTheMatrixSays))),
        new(typeof(SessionRecordsController), nameof(SessionRecordsController.New), "POST", T<SessionRecordTests>(nameof(SessionRecordTests.PostNew_ForChrissSupervisee_IsNotFoundAndSavesNothing)), T<SessionRecordTests>(nameof(SessionRecordTests.PostNew_BadInput_Answers400WithTheMessageAndSavesNothing))),
        new(typeof(SessionRecordsController), nameof(SessionRecordsController.Edit), "GET", T<SessionRecordTests>(nameof(SessionRecordTests.Edit_BeforeAcknowledgement_ChangesTheRecord)), T<EndpointMatrixTests>(nameof(EndpointMatrixTests.EveryEndpoint_ForEveryKindOfUser_AnswersAsTheMatrixSays))),
        new(typeof(SessionRecordsController), nameof(SessionRecordsController.Edit), "POST", T<SessionRecordTests>(nameof(SessionRecordTests.PostEdit_ImpossibleDateAndNothingUnderTheFourFunctions_ShowsEveryMessageAndChangesNothing)), T<UnknownRecordPostTests>(nameof(UnknownRecordPostTests.Post_UnknownRecord_Answers404AndChangesNothing))),
        new(typeof(SessionRecordsController), nameof(SessionRecordsController.Addendum), "POST", T<SessionRecordTests>(nameof(SessionRecordTests.Acknowledge_BySam_LocksTheRecordAndOnlyAddendaFollow)), T<SessionRecordTests>(nameof(SessionRecordTests.Addendum_EmptyOrBeforeAcknowledgement_Answers400AndSavesNothing))),

        // SettingsController
        new(typeof(SettingsController), nameof(SettingsController.Index), "GET", T<SettingsAdminTests>(nameof(SettingsAdminTests.Get_AsAdministrator_ShowsTheCurrentSettings)), null),
        new(typeof(SettingsController), nameof(SettingsController.Index), "POST", T<SettingsAdminTests>(nameof(SettingsAdminTests.Post_SupervisionPolicy_ChangesTheRoleAndAudits)), T<SettingsAdminTests>(nameof(SettingsAdminTests.Post_BadValue_Answers400WithTheMessageAndSavesNothing))),

        // StaffController
        new(typeof(StaffController), nameof(StaffController.Index), "GET", T<StaffAdminTests>(nameof(StaffAdminTests.Get_List_ShowsStaffByLastNameWithPaging)), T<StaffAccountTests>(nameof(StaffAccountTests.Post_ActionOnUnknownStaffMember_Answers404))),
        new(typeof(StaffController), nameof(StaffController.New), "GET", T<FormPagesTests>(nameof(FormPagesTests.GetNew_ForTheRoleThatUsesIt_ShowsTheEmptyFormWithoutErrors)), null),
        new(typeof(StaffController), nameof(StaffController.New), "POST", T<StaffAdminTests>(nameof(StaffAdminTests.Post_NewValidStaffMember_SavesAuditsAndShowsThem)), T<StaffAdminTests>(nameof(StaffAdminTests.Post_NewBadField_Answers400WithTheMessageAndSavesNothing))),
        new(typeof(StaffController), nameof(StaffController.Details), "GET", T<StaffSupervisorTests>(nameof(StaffSupervisorTests.Get_DemoStaffMember_ShowsTheSeededLineInTheHistory)), T<StaffAdminTests>(nameof(StaffAdminTests.Get_UnknownStaffMember_Answers404))),
        new(typeof(StaffController), nameof(StaffController.Edit), "GET", T<StaffWorkingPatternTests>(nameof(StaffWorkingPatternTests.Post_EditFteAndAbsence_SavesThemAndKeepsTheFteChangeOnTheStaffPage)), T<StaffAdminTests>(nameof(StaffAdminTests.Get_UnknownStaffMember_Answers404))),
        new(typeof(StaffController), nameof(StaffController.Edit), "POST", T<StaffWorkingPatternTests>(nameof(StaffWorkingPatternTests.Post_EditFteAndAbsence_SavesThemAndKeepsTheFteChangeOnTheStaffPage)), T<StaffWorkingPatternTests>(nameof(StaffWorkingPatternTests.Post_EditInvalidFteOrAbsence_Answers400WithTheMessageAndSavesNothing))),
        new(typeof(StaffController), nameof(StaffController.Leaver), "GET", T<StaffAdminTests>(nameof(StaffAdminTests.Post_LeaverWithDate_MarksThemAndAuditsAndReinstateUndoesIt)), T<StaffAdminTests>(nameof(StaffAdminTests.Get_UnknownStaffMember_Answers404))),
        new(typeof(StaffController), nameof(StaffController.Leaver), "POST", T<StaffAdminTests>(nameof(StaffAdminTests.Post_LeaverWithDate_MarksThemAndAuditsAndReinstateUndoesIt)), T<StaffAdminTests>(nameof(StaffAdminTests.Post_LeaverBadDate_Answers400AndChangesNothing))),
        new(typeof(StaffController), nameof(StaffController.Reinstate), "POST", T<StaffAdminTests>(nameof(StaffAdminTests.Post_LeaverWithDate_MarksThemAndAuditsAndReinstateUndoesIt)), T<UnknownRecordPostTests>(nameof(UnknownRecordPostTests.Post_UnknownRecord_Answers404AndChangesNothing))),

        // StaffAccountController
        new(typeof(StaffAccountController), nameof(StaffAccountController.Create), "POST", T<StaffAccountTests>(nameof(StaffAccountTests.Post_CreateAccount_ShowsOneTimePasswordOnceThatSignsInToChangePassword)), T<StaffAccountTests>(nameof(StaffAccountTests.Post_CreateAccountTwice_Answers400AndKeepsTheFirst))),
        new(typeof(StaffAccountController), nameof(StaffAccountController.ResetPassword), "POST", T<StaffAccountTests>(nameof(StaffAccountTests.Post_ResetPassword_OldPasswordFailsNewOneMustBeChanged)), T<StaffAccountTests>(nameof(StaffAccountTests.Post_ActionOnStaffWithoutAccount_Answers400WithTheReason))),
        new(typeof(StaffAccountController), nameof(StaffAccountController.Lock), "POST", T<StaffAccountTests>(nameof(StaffAccountTests.Post_LockThenUnlock_RefusesThenAllowsSignInAndAudits)), T<StaffAccountTests>(nameof(StaffAccountTests.Post_ActionOnUnknownStaffMember_Answers404))),
        new(typeof(StaffAccountController), nameof(StaffAccountController.Unlock), "POST", T<StaffAccountTests>(nameof(StaffAccountTests.Post_LockThenUnlock_RefusesThenAllowsSignInAndAudits)), T<UnknownRecordPostTests>(nameof(UnknownRecordPostTests.Post_UnknownRecord_Answers404AndChangesNothing))),
        new(typeof(StaffAccountController), nameof(StaffAccountController.RemoveSingleSignOnLink), "POST", T<SingleSignOnUnlinkTests>(nameof(SingleSignOnUnlinkTests.Post_RemoveLinkAsAdministrator_RemovesTheLinkEndsSessionsAndIsAudited)), T<SingleSignOnUnlinkTests>(nameof(SingleSignOnUnlinkTests.Post_RemoveLinkAsNonAdministrator_Answers403AndKeepsTheLink))),
        new(typeof(StaffAccountController), nameof(StaffAccountController.Roles), "GET", T<StaffAccountTests>(nameof(StaffAccountTests.Post_Roles_GrantsAndRemovesAndAuditsEach)), T<StaffAdminTests>(nameof(StaffAdminTests.Get_UnknownStaffMember_Answers404))),
        new(typeof(StaffAccountController), nameof(StaffAccountController.Roles), "POST", T<StaffAccountTests>(nameof(StaffAccountTests.Post_Roles_GrantsAndRemovesAndAuditsEach)), T<StaffAccountTests>(nameof(StaffAccountTests.Post_RolesRemovingOwnAdministrator_Answers400AndKeepsTheRole))),

        // StaffSupervisorController
        new(typeof(StaffSupervisorController), nameof(StaffSupervisorController.Index), "GET", T<StaffSupervisorTests>(nameof(StaffSupervisorTests.Get_Choices_ListOnlyCurrentStaffAndNotThePerson)), T<StaffSupervisorTests>(nameof(StaffSupervisorTests.Post_UnknownStaffMember_Answers404))),
        new(typeof(StaffSupervisorController), nameof(StaffSupervisorController.Index), "POST", T<StaffSupervisorTests>(nameof(StaffSupervisorTests.Post_None_RemovesTheSupervisorAndEndsTheLine)), T<StaffSupervisorTests>(nameof(StaffSupervisorTests.Post_UnknownStaffMember_Answers404))),

        // MySubjectAccessController
        new(typeof(MySubjectAccessController), nameof(MySubjectAccessController.Download), "GET", T<SubjectAccessTests>(nameof(SubjectAccessTests.MyDownload_Practitioner_GetsEveryKindAsJsonAndCsvWithReadmeEvidenceAndDeletedEntries)), null),

        // StaffSubjectAccessController
        new(typeof(StaffSubjectAccessController), nameof(StaffSubjectAccessController.Index), "GET", T<SubjectAccessTests>(nameof(SubjectAccessTests.AdminDownload_AnyPerson_IsTheSameZipAndAuditedAsTheAdministrator)), T<SubjectAccessTests>(nameof(SubjectAccessTests.AdminDownload_UnknownPerson_Answers404AndAuditsNothing))),
        new(typeof(StaffSubjectAccessController), nameof(StaffSubjectAccessController.Download), "GET", T<SubjectAccessTests>(nameof(SubjectAccessTests.AdminDownload_AnyPerson_IsTheSameZipAndAuditedAsTheAdministrator)), T<SubjectAccessTests>(nameof(SubjectAccessTests.AdminDownload_UnknownPerson_Answers404AndAuditsNothing))),

        // SupervisionController
        new(typeof(SupervisionController), nameof(SupervisionController.Index), "GET", T<PlanReviewPageTests>(nameof(PlanReviewPageTests.Index_Chris_ListsJosSubmittedPlanAndAlexDoesNot)), T<QueryInputTests>(nameof(QueryInputTests.Get_ListWithUnreadableOrOutOfRangeQueryValues_AnswersTheSamePageNotAnError))),
        new(typeof(SupervisionController), nameof(SupervisionController.Supervisee), "GET", T<SupervisionAccessTests>(nameof(SupervisionAccessTests.Get_EveryPageWithEveryId_OnlyTheRightPeopleSeeIt)), T<SupervisionAccessTests>(nameof(SupervisionAccessTests.Get_Ade_IsRefusedEverySupervisionPage))),
        new(typeof(SupervisionController), nameof(SupervisionController.Sessions), "GET", T<SuperviseeOverviewTests>(nameof(SuperviseeOverviewTests.GetSessions_AlexForSam_PagesEverySessionNewestFirst)), T<EndpointMatrixTests>(nameof(EndpointMatrixTests.EveryEndpoint_ForEveryKindOfUser_AnswersAsTheMatrixSays))),
        new(typeof(SupervisionController), nameof(SupervisionController.Activity), "GET", T<SuperviseeOverviewTests>(nameof(SuperviseeOverviewTests.GetActivity_AlexForSamsEntry_ShowsItReadOnly)), T<EndpointMatrixTests>(nameof(EndpointMatrixTests.EveryEndpoint_ForEveryKindOfUser_AnswersAsTheMatrixSays))),
        new(typeof(SupervisionController), nameof(SupervisionController.Stage), "GET", T<StageValidationTests>(nameof(StageValidationTests.Get_Alex_ShowsSamsSelfAssessmentWithHerStageChosen)), T<EndpointMatrixTests>(nameof(EndpointMatrixTests.EveryEndpoint_ForEveryKindOfUser_AnswersAsTheMatrixSays))),
        new(typeof(SupervisionController), nameof(SupervisionController.Stage), "POST", T<StageValidationTests>(nameof(StageValidationTests.Post_ByChrisOnSam_OrAnAreaNotHers_IsNotFound)), T<StageValidationTests>(nameof(StageValidationTests.Post_AnOlderAssessmentThanTheLatest_Answers400AndSavesNothing))),

        // SupervisionSessionsController
        new(typeof(SupervisionSessionsController), nameof(SupervisionSessionsController.Details), "GET", T<SupervisionAccessTests>(nameof(SupervisionAccessTests.Get_EveryPageWithEveryId_OnlyTheRightPeopleSeeIt)), T<SupervisionAccessTests>(nameof(SupervisionAccessTests.Get_Ade_IsRefusedEverySupervisionPage))),
        new(typeof(SupervisionSessionsController), nameof(SupervisionSessionsController.Acknowledge), "POST", T<SessionRecordTests>(nameof(SessionRecordTests.Acknowledge_BySam_LocksTheRecordAndOnlyAddendaFollow)), T<SessionRecordTests>(nameof(SessionRecordTests.Acknowledge_CommentTooLong_Answers400BesideTheCommentKeepsItAndLeavesTheRecordOpen))),
        new(typeof(SupervisionSessionsController), nameof(SupervisionSessionsController.CompleteAction), "POST", T<SessionRecordTests>(nameof(SessionRecordTests.CompleteAction_BySam_ClosesItAndSomeoneElsesActionIdIsNotFound)), T<UnknownRecordPostTests>(nameof(UnknownRecordPostTests.Post_UnknownRecord_Answers404AndChangesNothing))),

        // SurveyController
        new(typeof(SurveyController), nameof(SurveyController.Index), "GET", T<SurveyAnswerTests>(nameof(SurveyAnswerTests.Get_OpenRound_ShowsOneFieldsetOfRadiosPerMethod)), null),
        new(typeof(SurveyController), nameof(SurveyController.Index), "POST", T<SurveyAnswerTests>(nameof(SurveyAnswerTests.Post_MethodsLeftOut_IsSavedAsIncomplete)), T<SurveyAnswerTests>(nameof(SurveyAnswerTests.Post_BadBarriers_Answers400AndSavesNothing))),

        // SurveyResultsController
        new(typeof(SurveyResultsController), nameof(SurveyResultsController.Index), "GET", T<ReportPagesTests>(nameof(ReportPagesTests.Index_EachHeadline_IsTheReportPagesOwnHeadline)), T<SurveyResultsTests>(nameof(SurveyResultsTests.Get_UnknownIds_AreIgnored))),
        new(typeof(SurveyResultsController), nameof(SurveyResultsController.Download), "GET", T<SurveyResultsTests>(nameof(SurveyResultsTests.Download_SeededRound_HasTheThreeTables)), T<DownloadInputTests>(nameof(DownloadInputTests.SurveyDownload_UnknownOrUnreadableIds_IsTheLatestRoundsFile))),

        // SurveyRoundsController
        new(typeof(SurveyRoundsController), nameof(SurveyRoundsController.Index), "GET", T<SurveyRoundsTests>(nameof(SurveyRoundsTests.Get_AsLee_ListsLastYearsClosedRoundWithItsResponses)), T<QueryInputTests>(nameof(QueryInputTests.Get_ListWithUnreadableOrOutOfRangeQueryValues_AnswersTheSamePageNotAnError))),
        new(typeof(SurveyRoundsController), nameof(SurveyRoundsController.New), "GET", T<FormPagesTests>(nameof(FormPagesTests.GetNew_ForTheRoleThatUsesIt_ShowsTheEmptyFormWithoutErrors)), null),
        new(typeof(SurveyRoundsController), nameof(SurveyRoundsController.New), "POST", T<SurveyRoundsTests>(nameof(SurveyRoundsTests.PostNew_ValidRound_OpensItAndNotifiesEveryCurrentStaffMemberWithoutTheTitle)), T<SurveyRoundsTests>(nameof(SurveyRoundsTests.PostNew_AnotherRoundOpen_Answers400AndOpensNothing))),
        new(typeof(SurveyRoundsController), nameof(SurveyRoundsController.Close), "POST", T<SurveyRoundsTests>(nameof(SurveyRoundsTests.PostClose_OpenRound_ClosesItEarly)), T<SurveyRoundsTests>(nameof(SurveyRoundsTests.PostClose_ClosedRound_Answers400))),

        // TeamsController
        new(typeof(TeamsController), nameof(TeamsController.Index), "GET", T<TeamAdminTests>(nameof(TeamAdminTests.Get_List_ShowsEveryTeamWithCurrentMembers)), T<QueryInputTests>(nameof(QueryInputTests.Get_ListWithUnreadableOrOutOfRangeQueryValues_AnswersTheSamePageNotAnError))),
        new(typeof(TeamsController), nameof(TeamsController.New), "GET", T<TeamAdminTests>(nameof(TeamAdminTests.Post_NewTeam_SavesAndAudits)), null),
        new(typeof(TeamsController), nameof(TeamsController.New), "POST", T<TeamAdminTests>(nameof(TeamAdminTests.Post_NewTeam_SavesAndAudits)), T<TeamAdminTests>(nameof(TeamAdminTests.Post_NewTeamBadName_Answers400AndSavesNothing))),
        new(typeof(TeamsController), nameof(TeamsController.Details), "GET", T<TeamAdminTests>(nameof(TeamAdminTests.Post_SupervisorForTeam_SetsEveryCurrentMemberAndKeepsHistory)), T<TeamAdminTests>(nameof(TeamAdminTests.Get_UnknownTeam_Answers404))),
        new(typeof(TeamsController), nameof(TeamsController.Rename), "GET", T<TeamAdminTests>(nameof(TeamAdminTests.Post_Rename_ChangesTheNameAndAudits)), T<TeamAdminTests>(nameof(TeamAdminTests.Get_UnknownTeam_Answers404))),
        new(typeof(TeamsController), nameof(TeamsController.Rename), "POST", T<TeamAdminTests>(nameof(TeamAdminTests.Post_Rename_ChangesTheNameAndAudits)), T<UnknownRecordPostTests>(nameof(UnknownRecordPostTests.Post_UnknownRecord_Answers404AndChangesNothing))),
        new(typeof(TeamsController), nameof(TeamsController.Retire), "POST", T<TeamAdminTests>(nameof(TeamAdminTests.Post_RetireEmptyTeam_RetiresAndAudits)), T<TeamAdminTests>(nameof(TeamAdminTests.Post_RetireTeamWithMembers_Answers400AndKeepsIt))),
        new(typeof(TeamsController), nameof(TeamsController.Supervisor), "POST", T<TeamAdminTests>(nameof(TeamAdminTests.Post_SupervisorForTeam_SetsEveryCurrentMemberAndKeepsHistory)), T<TeamAdminTests>(nameof(TeamAdminTests.Post_SupervisorForTeamMakingACycle_Answers400AndChangesNoOne))),
    ];

    /// <summary>Actions still without a happy-path ("happy") or invalid-input ("invalid") test: write it, name it in the row, delete the line.</summary>
    public static readonly IReadOnlySet<string> Gaps = new HashSet<string>
    {
    };
}
