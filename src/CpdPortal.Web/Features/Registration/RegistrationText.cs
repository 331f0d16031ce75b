using System.Globalization;
using CpdPortal.Domain.Registration;

namespace CpdPortal.Web.Features.Registration;

/// <summary>How the registration status reads on the registration page and the home page: always in words, never colour alone.</summary>
public static class RegistrationText
{
    public const string Meets = "Meets the requirement";
    public const string DoesNotYetMeet = "Does not yet meet the requirement";

    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", EnGb);

    /// <summary>"30 November 2026, 8 days left".</summary>
    public static string Deadline(RegistrationStatus status) => status.DaysToDeadline switch
    {
        <= 0 => $"{Date(status.Deadline)}, today is the last day",
        1 => $"{Date(status.Deadline)}, 1 day left",
        var days => $"{Date(status.Deadline)}, {days} days left",
    };

    public static string Year(RegistrationStatus status) => $"{Date(status.Year.Start)} to {Date(status.Year.End)}";

    public static string Result(RegistrationStatus status) => status.Meets ? Meets : DoesNotYetMeet;

    /// <summary>Green when met; red when not met and the renewal window is open, orange before it.</summary>
    public static string TagClass(RegistrationStatus status) =>
        status.Meets ? "govuk-tag--green" : status.InRenewalWindow ? "govuk-tag--red" : "govuk-tag--orange";

    public static string RenewalWarning(RegistrationStatus status) =>
        $"Renewal is open: record your CPD on your Social Work England account by {status.Deadline.ToString("d MMMM", EnGb)}";

    public static string Count(int count, string one, string many) => count == 1 ? $"1 {one}" : $"{count.ToString(EnGb)} {many}";
}
