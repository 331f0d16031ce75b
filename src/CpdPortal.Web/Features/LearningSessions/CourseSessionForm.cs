using System.Globalization;
using CpdPortal.Application.Common;
using CpdPortal.Application.Training;
using CpdPortal.Domain.Training;
using CpdPortal.Web.Infrastructure;
using CpdPortal.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CpdPortal.Web.Features.LearningSessions;

/// <summary>
/// The schedule-a-session form as typed: a course, the first day and start time, an optional last day and the end
/// time (UK time), where, places and facilitator. <see cref="ToDetails"/> makes the domain's SessionDetails. (A course
/// session, not a supervision session: that form is SessionRecords.SessionForm.)
/// </summary>
public sealed class CourseSessionForm : IFormFieldNames
{
    public const string CourseMissing = "Select the course";

    public string? CourseId { get; set; }

    public DateInput Date { get; set; } = new();

    public string? StartTime { get; set; }

    public DateInput EndDate { get; set; } = new();

    public string? EndTime { get; set; }

    public string? Venue { get; set; }

    public string? OnlineLink { get; set; }

    public string? Capacity { get; set; }

    public string? Facilitator { get; set; }

    [BindNever]
    public IReadOnlyList<Choice> Courses { get; set; } = [];

    public int? ParsedCourseId => int.TryParse(CourseId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>The domain's errors beside the form's fields: the start belongs to the date, the end to the end time.</summary>
    public string FieldFor(string domainField) => domainField switch
    {
        nameof(SessionDetails.StartsAt) => nameof(Date),
        nameof(SessionDetails.EndsAt) => nameof(EndTime),
        _ => domainField,
    };

    public SessionDetails ToDetails(ModelStateDictionary modelState)
    {
        if (ParsedCourseId is null)
        {
            modelState.AddModelError(nameof(CourseId), CourseMissing);
        }

        var (date, dateError) = Date.Parse("the date of the session");
        Add(modelState, nameof(Date), dateError);
        var (endDate, endDateError) = EndDate.Parse("the last day", required: false);
        Add(modelState, nameof(EndDate), endDateError);
        var start = Time(modelState, nameof(StartTime), StartTime, "the start time");
        var end = Time(modelState, nameof(EndTime), EndTime, "the end time");

        int? capacity = null;
        if (string.IsNullOrWhiteSpace(Capacity))
        {
            // The domain says "Enter how many places the session has".
        }
        else if (int.TryParse(Capacity.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
        {
            capacity = n;
        }
        else
        {
            modelState.AddModelError(nameof(Capacity), "Enter the number of places as a whole number, like 20");
        }

        return new SessionDetails(
            date is { } d && start is { } s ? Uk(d, s) : null,
            (endDate ?? date) is { } e && end is { } t ? Uk(e, t) : null,
            Venue,
            OnlineLink,
            capacity,
            Facilitator);
    }

    private static DateTimeOffset Uk(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time);
        var zone = TimeProviderExtensions.UkTimeZone;
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    private static TimeOnly? Time(ModelStateDictionary modelState, string field, string? typed, string what)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            modelState.AddModelError(field, $"Enter {what}");
            return null;
        }

        if (TimeOnly.TryParseExact(typed.Trim(), ["H:mm", "HH:mm", "H.mm", "HH.mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        modelState.AddModelError(field, $"Enter {what} as a 24-hour time, like 09:30");
        return null;
    }

    private static void Add(ModelStateDictionary modelState, string field, string? error)
    {
        if (error is not null)
        {
            modelState.AddModelError(field, error);
        }
    }
}
