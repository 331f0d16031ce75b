using System.Globalization;
using CpdPortal.Domain.Planning;
using CpdPortal.Domain.Settings;

namespace CpdPortal.Web.Features.Plan;

/// <summary>How plan and goal states read, and the GOV.UK tag colour that goes with each (never alone: the text says it).</summary>
public static class PlanText
{
    public static string Status(PlanStatus? status) => status switch
    {
        null => "No plan for this year yet",
        PlanStatus.Draft => "Draft",
        PlanStatus.Submitted => "Submitted for review",
        PlanStatus.Approved => "Approved",
        PlanStatus.ChangesRequested => "Changes requested",
        _ => status.Value.ToString(),
    };

    public static string StatusTagClass(PlanStatus status) => status switch
    {
        PlanStatus.Submitted => "govuk-tag govuk-tag--blue",
        PlanStatus.Approved => "govuk-tag govuk-tag--green",
        PlanStatus.ChangesRequested => "govuk-tag govuk-tag--orange",
        _ => "govuk-tag govuk-tag--grey",
    };

    public static string Goal(GoalStatus status) => status switch
    {
        GoalStatus.NotStarted => "Not started",
        GoalStatus.InProgress => "In progress",
        GoalStatus.Achieved => "Achieved",
        _ => status.ToString(),
    };

    public static string GoalTagClass(GoalStatus status) => status switch
    {
        GoalStatus.InProgress => "govuk-tag govuk-tag--light-blue",
        GoalStatus.Achieved => "govuk-tag govuk-tag--green",
        _ => "govuk-tag govuk-tag--grey",
    };

    /// <summary>"2026 to 2027", or "2026" when the learning year is a calendar year.</summary>
    public static string Year(DatePeriod year) =>
        year.Start.Year == year.End.Year
            ? year.Start.Year.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{year.Start.Year} to {year.End.Year}");

    /// <summary>
    /// A progress value from the form ("NotStarted", "InProgress", "Achieved"); anything else is passed on as an
    /// undefined value for the domain to refuse.
    /// </summary>
    public static GoalStatus ParseGoalStatus(string? value) =>
        value is not null && Enum.GetNames<GoalStatus>().Contains(value, StringComparer.Ordinal)
            ? Enum.Parse<GoalStatus>(value)
            : (GoalStatus)(-1);
}
