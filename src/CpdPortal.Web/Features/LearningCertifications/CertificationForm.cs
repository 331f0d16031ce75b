using System.Globalization;
using CpdPortal.Application.Certifications;
using CpdPortal.Domain.Certifications;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CpdPortal.Web.Features.LearningCertifications;

/// <summary>
/// The certification form as typed: everything binds as text so nothing typed is lost; <see cref="ToDetails"/> makes
/// the domain's <see cref="CertificationDetails"/>, whose field names these properties share.
/// </summary>
public sealed class CertificationForm
{
    public const string MonthsNotANumber = "Enter the number of months as a whole number, like 36";
    public const string WindowNotANumber = "Enter the renewal window as a whole number, like 3";

    public string? Name { get; set; }

    public string? Description { get; set; }

    /// <summary>"true" (expires after a number of months) or "false" (no expiry).</summary>
    public string? Expires { get; set; }

    public string? ValidityMonths { get; set; }

    public string? WindowLength { get; set; }

    /// <summary>"Days" or "Months".</summary>
    public string? WindowUnit { get; set; }

    /// <summary>"true": an early renewal keeps the time left; "false": it starts again from the completion.</summary>
    public string? EarlyRenewalKeepsRemainingTime { get; set; }

    public List<string> CourseIds { get; set; } = [];

    [BindNever]
    public int? Id { get; set; }

    [BindNever]
    public IReadOnlyList<CourseChoice> Courses { get; set; } = [];

    public static CertificationForm From(int id, CertificationDetails d) => new()
    {
        Id = id,
        Name = d.Name,
        Description = d.Description,
        Expires = d.Expires is { } e ? (e ? "true" : "false") : null,
        ValidityMonths = d.ValidityMonths?.ToString(CultureInfo.InvariantCulture),
        WindowLength = d.WindowLength?.ToString(CultureInfo.InvariantCulture),
        WindowUnit = d.WindowUnit?.ToString() ?? nameof(Domain.Certifications.WindowUnit.Months),
        EarlyRenewalKeepsRemainingTime = d.EarlyRenewalKeepsRemainingTime is { } k ? (k ? "true" : "false") : "true",
        CourseIds = d.CourseIds.Select(i => i.ToString(CultureInfo.InvariantCulture)).ToList(),
    };

    /// <summary>The details the domain will judge; numbers that cannot even be read go into the model state.</summary>
    public CertificationDetails ToDetails(ModelStateDictionary modelState)
    {
        var expires = YesNo(Expires);
        var months = expires == true ? Number(ValidityMonths, nameof(ValidityMonths), MonthsNotANumber, modelState) : null;
        var window = expires == true ? Number(WindowLength, nameof(WindowLength), WindowNotANumber, modelState) : null;
        Domain.Certifications.WindowUnit? unit = WindowUnit switch
        {
            nameof(Domain.Certifications.WindowUnit.Days) => Domain.Certifications.WindowUnit.Days,
            nameof(Domain.Certifications.WindowUnit.Months) => Domain.Certifications.WindowUnit.Months,
            _ => null,
        };
        return new CertificationDetails(
            Name,
            Description,
            expires,
            months,
            window,
            unit,
            YesNo(EarlyRenewalKeepsRemainingTime),
            CourseIds.Where(v => !string.IsNullOrWhiteSpace(v))
                .Select(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0)
                .Distinct()
                .ToList());
    }

    public bool Has(int courseId) => CourseIds.Contains(courseId.ToString(CultureInfo.InvariantCulture));

    private static int? Number(string? text, string field, string message, ModelStateDictionary modelState)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        modelState.AddModelError(field, message);
        return null;
    }

    private static bool? YesNo(string? value) => value switch
    {
        "true" => true,
        "false" => false,
        _ => null,
    };
}
