using System.Globalization;
using CpdPortal.Application.Training;
using CpdPortal.Domain.Training;
using CpdPortal.Web.Features.Activities;
using CpdPortal.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CpdPortal.Web.Features.LearningCourses;

/// <summary>
/// The course form as typed: everything binds as text so nothing typed is lost; <see cref="ToDetails"/> makes the
/// domain's <see cref="CourseDetails"/>. Property names match its field names. Declared in form order.
/// </summary>
public sealed class CourseForm
{
    public const string HoursNotANumber = "Enter the length in hours as a number, like 7.4";
    public const string CreditsNotANumber = "Enter the number of credits as a whole number, like 20";

    public string? Title { get; set; }

    public string? Summary { get; set; }

    /// <summary>"false" (the learning academy) or "true" (a named external provider).</summary>
    public string? External { get; set; }

    public string? Provider { get; set; }

    public string? Delivery { get; set; }

    public string? VleLink { get; set; }

    public string? Hours { get; set; }

    public string? Certificated { get; set; }

    public string? CreditsDescription { get; set; }

    public string? Credits { get; set; }

    public List<string> TagIds { get; set; } = [];

    public List<string> TargetRoleIds { get; set; } = [];

    public List<string> MandatoryRoleIds { get; set; } = [];

    [BindNever]
    public int? Id { get; set; }

    [BindNever]
    public CourseFormOptions Options { get; set; } = new([], []);

    public static CourseForm From(int id, CourseDetails d) => new()
    {
        Id = id,
        Title = d.Title,
        Summary = d.Summary,
        External = d.External is { } e ? (e ? "true" : "false") : null,
        Provider = d.Provider,
        Delivery = d.Delivery?.ToString(),
        VleLink = d.VleLink,
        Hours = d.Hours is { } h ? HoursInput.Format(h) : null,
        Certificated = d.Certificated is { } c ? (c ? "true" : "false") : null,
        CreditsDescription = d.CreditsDescription,
        Credits = d.Credits?.ToString(CultureInfo.InvariantCulture),
        TagIds = Texts(d.TagIds),
        TargetRoleIds = Texts(d.TargetRoleIds),
        MandatoryRoleIds = Texts(d.MandatoryRoleIds),
    };

    /// <summary>The details the domain will judge; what cannot even be read goes into the model state.</summary>
    public CourseDetails ToDetails(ModelStateDictionary modelState)
    {
        var (hours, hoursError) = HoursInput.Parse(Hours);
        if (hoursError is not null)
        {
            modelState.AddModelError(nameof(Hours), HoursNotANumber);
        }

        int? credits = null;
        if (!string.IsNullOrWhiteSpace(Credits))
        {
            if (int.TryParse(Credits.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
            {
                credits = n;
            }
            else
            {
                modelState.AddModelError(nameof(Credits), CreditsNotANumber);
            }
        }

        return new CourseDetails(
            Title,
            Summary,
            YesNo(External),
            Provider,
            CourseText.ParseDelivery(Delivery),
            VleLink,
            hours,
            YesNo(Certificated),
            CreditsDescription,
            credits,
            Ids(TagIds),
            Ids(TargetRoleIds),
            Ids(MandatoryRoleIds));
    }

    public static bool Has(List<string> values, int id) => values.Contains(id.ToString(CultureInfo.InvariantCulture));

    private static bool? YesNo(string? value) => value switch
    {
        "true" => true,
        "false" => false,
        _ => null,
    };

    // An id that is not a number can never exist: keep it as 0 so the service says "Select ... from the list".
    private static List<int> Ids(List<string> values) => values
        .Where(v => !string.IsNullOrWhiteSpace(v))
        .Select(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0)
        .Distinct()
        .ToList();

    private static List<string> Texts(IEnumerable<int> ids) => ids.Select(i => i.ToString(CultureInfo.InvariantCulture)).ToList();
}
