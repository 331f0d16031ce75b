using CpdPortal.Domain.Certifications;

namespace CpdPortal.Web.Features.Shared;

/// <summary>How a certification's rule and statuses read on the pages.</summary>
public static class CertificationText
{
    public static string Validity(CertificationRule rule) => rule.ValidityMonths switch
    {
        null => "No expiry",
        12 => "1 year",
        var m when m % 12 == 0 => $"{m / 12} years",
        1 => "1 month",
        var m => $"{m} months",
    };

    public static string Window(CertificationRule rule) => rule.ValidityMonths is null
        ? "Not applicable"
        : $"{rule.WindowLength} {(rule.WindowUnit == WindowUnit.Months ? (rule.WindowLength == 1 ? "month" : "months") : (rule.WindowLength == 1 ? "day" : "days"))} before expiry";

    public static string EarlyRenewal(CertificationRule rule) => rule.ValidityMonths is null
        ? "Not applicable"
        : rule.EarlyRenewalKeepsRemainingTime ? "Keeps the time left (extends from the expiry date)" : "Starts again from the completion date";

    public static string Status(CertificationStatus status) => status switch
    {
        CertificationStatus.Active => "Active",
        CertificationStatus.DueSoon => "Due for renewal",
        CertificationStatus.Lapsed => "Lapsed",
        _ => "Not held",
    };

    public static string TagClass(CertificationStatus status) => status switch
    {
        CertificationStatus.Active => "govuk-tag--green",
        CertificationStatus.DueSoon => "govuk-tag--yellow",
        CertificationStatus.Lapsed => "govuk-tag--red",
        _ => "govuk-tag--grey",
    };

    public static string Source(CertificationSource source) => source switch
    {
        CertificationSource.Attendance => "Course attended",
        CertificationSource.ExternalCompletion => "Completion imported from a provider",
        CertificationSource.EarlierRecords => "Carried over from earlier records",
        _ => "CPD entry accepted by learning and development",
    };
}
