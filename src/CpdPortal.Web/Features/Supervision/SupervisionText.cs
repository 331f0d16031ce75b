using CpdPortal.Domain.Planning;
using CpdPortal.Domain.Supervision;

namespace CpdPortal.Web.Features.Supervision;

/// <summary>How supervision words read on the pages, and the tag colour that goes with a status (never alone: the text says it).</summary>
public static class SupervisionText
{
    public static string Type(SupervisionType type) => type switch
    {
        SupervisionType.OneToOne => "One-to-one",
        SupervisionType.Group => "Group",
        SupervisionType.AdHoc => "Ad hoc",
        _ => type.ToString(),
    };

    public static string Owner(ActionOwner owner, bool forSupervisee) => owner switch
    {
        ActionOwner.Supervisor => forSupervisee ? "Your supervisor" : "You (supervisor)",
        _ => forSupervisee ? "You" : "Supervisee",
    };

    public static string Due(SupervisionDueStatus status) => status switch
    {
        SupervisionDueStatus.Overdue => "Overdue",
        SupervisionDueStatus.DueSoon => "Due soon",
        _ => "On time",
    };

    public static string DueTag(SupervisionDueStatus status) => status switch
    {
        SupervisionDueStatus.Overdue => "govuk-tag govuk-tag--red",
        SupervisionDueStatus.DueSoon => "govuk-tag govuk-tag--yellow",
        _ => "govuk-tag govuk-tag--green",
    };

    public static string Frequency(SupervisionFrequency frequency) => frequency switch
    {
        SupervisionFrequency.Weekly => "weekly",
        SupervisionFrequency.Fortnightly => "fortnightly",
        _ => "monthly",
    };

    /// <summary>A supervisee's plan as their supervisor reads it.</summary>
    public static string Plan(PlanStatus? status) => status switch
    {
        null => "No plan this year",
        PlanStatus.Draft => "Draft",
        PlanStatus.Submitted => "Awaiting your review",
        PlanStatus.Approved => "Approved",
        PlanStatus.ChangesRequested => "Changes requested",
        _ => status.Value.ToString(),
    };

    public static string Hours(decimal hours) => hours.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + (hours == 1 ? " hour" : " hours");
}
