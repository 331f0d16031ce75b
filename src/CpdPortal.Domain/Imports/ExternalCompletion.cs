using CpdPortal.Domain.Activities;

namespace CpdPortal.Domain.Imports;

/// <summary>
/// A course completed outside the portal (an external provider's register, imported from CSV) and the CPD entry it
/// made. One per person, course and date (a unique index), so importing the same file again makes nothing new.
/// </summary>
public sealed class ExternalCompletion
{
    private ExternalCompletion()
    {
    }

    private ExternalCompletion(int staffMemberId, int courseId, DateOnly completedOn, CpdActivity activity)
    {
        StaffMemberId = staffMemberId;
        CourseId = courseId;
        CompletedOn = completedOn;
        Activity = activity;
    }

    public int Id { get; private set; }

    public int StaffMemberId { get; private set; }

    public int CourseId { get; private set; }

    public DateOnly CompletedOn { get; private set; }

    public int CpdActivityId { get; private set; }

    public CpdActivity? Activity { get; private set; }

    /// <summary>
    /// The completed CPD entry for the completion, made by the same factory as a course attended in the portal
    /// (CpdActivity.FromCourse), with the completion's own hours and certificate; the activity's rules apply.
    /// </summary>
    public static ExternalCompletion Record(
        int staffMemberId,
        int courseId,
        string courseTitle,
        string provider,
        int methodId,
        DateOnly completedOn,
        decimal hours,
        bool certificated,
        IReadOnlyCollection<int> areaIds,
        DateOnly today,
        DateTimeOffset now)
    {
        var details = Details(methodId, courseTitle, provider, completedOn, hours, certificated, areaIds);
        var activity = CpdActivity.FromCourse(staffMemberId, courseId, details, today, now);
        return new ExternalCompletion(staffMemberId, courseId, completedOn, activity);
    }

    /// <summary>The entry's details, for checking a row before anything is made (ActivityDetails.Validate).</summary>
    public static ActivityDetails Details(int methodId, string courseTitle, string provider, DateOnly completedOn, decimal hours, bool certificated, IReadOnlyCollection<int> areaIds) =>
        new(
            methodId,
            courseTitle,
            completedOn,
            null,
            hours,
            $"Completed {courseTitle} ({provider}). Added by an administrator from the provider's completion records.",
            "Edit this entry to add what you learnt from the course.",
            "Edit this entry to add the impact on your practice and on children and families.",
            null,
            null,
            certificated,
            ActivityStatus.Complete,
            areaIds);
}
