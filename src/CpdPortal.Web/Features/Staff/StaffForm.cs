using System.Globalization;
using CpdPortal.Application.Administration;
using CpdPortal.Domain.Common;
using CpdPortal.Domain.Workforce;
using CpdPortal.Web.Infrastructure;
using CpdPortal.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CpdPortal.Web.Features.Staff;

/// <summary>The staff form as typed: all text, so nothing typed is lost and junk gets a GOV.UK message.</summary>
public sealed class StaffForm : IRuleFields
{
    public string? StaffNumber { get; set; }

    public string? GivenName { get; set; }

    public string? FamilyName { get; set; }

    public string? Email { get; set; }

    public string? JobTitle { get; set; }

    public string? TeamId { get; set; }

    public string? PathwayRoleId { get; set; }

    /// <summary>"true" or "false" from the yes/no radios.</summary>
    public string? Registered { get; set; }

    public string? RegistrationNumber { get; set; }

    public string? EmploymentType { get; set; }

    public DateInput StartDate { get; set; } = new();

    /// <summary>The full-time equivalent, 0.1 to 1 (e.g. 0.6 for three days a week).</summary>
    public string? FullTimeEquivalent { get; set; } = "1";

    /// <summary>Days absent in the last 12 months, 0 to 366; blank when not recorded.</summary>
    public string? AbsenceDays { get; set; }

    /// <summary>The person being edited; null for a new one. From the route, never the form.</summary>
    [BindNever]
    public int? Id { get; set; }

    [BindNever]
    public StaffFormOptions Options { get; set; } = new([], []);

    public static StaffForm From(StaffDetails s) => new()
    {
        Id = s.Id,
        StaffNumber = s.StaffNumber,
        GivenName = s.GivenName,
        FamilyName = s.FamilyName,
        Email = s.Email,
        JobTitle = s.JobTitle,
        TeamId = s.TeamId.ToString(CultureInfo.InvariantCulture),
        PathwayRoleId = s.PathwayRoleId?.ToString(CultureInfo.InvariantCulture),
        Registered = s.RegistrationNumber is null ? "false" : "true",
        RegistrationNumber = s.RegistrationNumber,
        EmploymentType = s.EmploymentType.ToString(),
        StartDate = DateInput.From(s.StartDate),
        FullTimeEquivalent = s.FullTimeEquivalent.ToString("0.####", CultureInfo.InvariantCulture),
        AbsenceDays = s.AbsenceDays?.ToString("0.#", CultureInfo.InvariantCulture),
    };

    /// <summary>The lowest FTE the form takes: one half day a week.</summary>
    public const decimal MinimumFte = 0.1m;

    public const string FteMessage = "Enter the FTE as a number from 0.1 to 1, like 0.6 for three days a week";

    /// <summary>Where each domain rule's message goes on this form.</summary>
    string? IRuleFields.FieldFor(string rule) => FieldFor(rule);

    public static string FieldFor(string rule) => rule switch
    {
        "staff.number" => nameof(StaffNumber),
        "staff.givenName" => nameof(GivenName),
        "staff.familyName" => nameof(FamilyName),
        "staff.email" => nameof(Email),
        "staff.jobTitle" => nameof(JobTitle),
        "staff.registration" => nameof(RegistrationNumber),
        "staff.startDate" => $"{nameof(StartDate)}.Day",
        "staff.fte" => nameof(FullTimeEquivalent),
        "staff.absence" => nameof(AbsenceDays),
        _ => string.Empty,
    };

    /// <summary>The input for the service, or null with every problem in <paramref name="modelState"/>.</summary>
    public StaffInput? ToInput(ModelStateDictionary modelState)
    {
        Text(modelState, nameof(StaffNumber), StaffNumber, FieldLengths.StaffNumber, "the staff number", "Staff number");
        Text(modelState, nameof(GivenName), GivenName, FieldLengths.Name, "the first name", "First name");
        Text(modelState, nameof(FamilyName), FamilyName, FieldLengths.Name, "the last name", "Last name");
        Text(modelState, nameof(Email), Email, FieldLengths.Email, "the email address", "Email address");
        Text(modelState, nameof(JobTitle), JobTitle, FieldLengths.Title, "the job title", "Job title");

        int? team = int.TryParse(TeamId, NumberStyles.None, CultureInfo.InvariantCulture, out var t) ? t : null;
        if (team is null)
        {
            modelState.AddModelError(nameof(TeamId), "Select a team");
        }

        int? role = null;
        if (!string.IsNullOrEmpty(PathwayRoleId))
        {
            role = int.TryParse(PathwayRoleId, NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : null;
            if (role is null)
            {
                modelState.AddModelError(nameof(PathwayRoleId), "Select a role on the career pathway");
            }
        }

        if (Registered is not ("true" or "false"))
        {
            modelState.AddModelError(nameof(Registered), "Select yes if they are a registered social worker");
        }
        else if (Registered == "true" && string.IsNullOrWhiteSpace(RegistrationNumber))
        {
            modelState.AddModelError(nameof(RegistrationNumber), "Enter the Social Work England registration number");
        }

        if (!Enum.TryParse<EmploymentType>(EmploymentType, ignoreCase: false, out var employment) || !Enum.IsDefined(employment))
        {
            modelState.AddModelError(nameof(EmploymentType), "Select whether they are permanent or agency staff");
        }

        var (start, startError) = StartDate.Parse("the start date");
        if (startError is not null)
        {
            modelState.AddModelError($"{nameof(StartDate)}.Day", startError);
        }

        var fte = WorkingPattern.ParseNumber(FullTimeEquivalent);
        if (fte is not { } f || f < MinimumFte || f > WorkingPattern.FullTime || decimal.Round(f, WorkingPattern.FteDecimals) != f)
        {
            modelState.AddModelError(nameof(FullTimeEquivalent), FteMessage);
        }

        decimal? absence = null;
        if (!string.IsNullOrWhiteSpace(AbsenceDays))
        {
            absence = WorkingPattern.ParseNumber(AbsenceDays);
            if (absence is not { } a || a < 0m || a > WorkingPattern.MaxAbsenceDays || decimal.Round(a, WorkingPattern.AbsenceDecimals) != a)
            {
                modelState.AddModelError(nameof(AbsenceDays), WorkingPattern.AbsenceMessage);
            }
        }

        return modelState.ErrorCount > 0
            ? null
            : new StaffInput(StaffNumber!, GivenName!, FamilyName!, Email!, JobTitle!, team!.Value, role, Registered == "true" ? RegistrationNumber : null, employment, start!.Value, fte!.Value, absence);
    }

    private static void Text(ModelStateDictionary modelState, string field, string? value, int max, string what, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            modelState.AddModelError(field, $"Enter {what}");
        }
        else if (value.Trim().Length > max)
        {
            modelState.AddModelError(field, $"{label} must be {max} characters or fewer");
        }
    }
}

/// <summary>The leaving date form.</summary>
public sealed class LeaverForm
{
    public DateInput LeaveDate { get; set; } = new();
}
