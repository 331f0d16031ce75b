using System.Globalization;
using CpdPortal.Application.Activities;
using CpdPortal.Domain.Activities;
using CpdPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CpdPortal.Web.Features.Activities;

/// <summary>
/// The activity form as typed. Everything binds as text so nothing typed is lost and junk never becomes a
/// framework message; <see cref="ToDetails"/> turns it into the domain's <see cref="ActivityDetails"/>. Property
/// names match ActivityDetails' field names, so domain errors land beside their fields. Declared in form order.
/// </summary>
public sealed class ActivityForm
{
    public const string StatusComplete = "Complete";
    public const string StatusDraft = "Draft";
    public const string CertificatedMissing = "Select yes if you got a certificate for this activity";

    public string? MethodId { get; set; }

    public string? Title { get; set; }

    public DateInput Date { get; set; } = new();

    public DateInput EndDate { get; set; } = new();

    public string? Hours { get; set; }

    public string? Description { get; set; }

    public string? WhatLearnt { get; set; }

    public string? Impact { get; set; }

    public string? PeerName { get; set; }

    public string? PeerReflection { get; set; }

    public List<string> AreaIds { get; set; } = [];

    /// <summary>"true" or "false" from the yes/no radios.</summary>
    public string? Certificated { get; set; }

    /// <summary>Set by the submit button pressed: "Complete" or "Draft".</summary>
    public string? Status { get; set; }

    /// <summary>The activity being edited; null for a new one. Comes from the route, never the form.</summary>
    [BindNever]
    public int? Id { get; set; }

    [BindNever]
    public ActivityFormOptions Options { get; set; } = new([], [], 7.4m);

    public static ActivityForm From(int id, ActivityDetails details) => new()
    {
        Id = id,
        MethodId = details.MethodId.ToString(CultureInfo.InvariantCulture),
        Title = details.Title,
        Date = DateInput.From(details.Date),
        EndDate = DateInput.From(details.EndDate),
        Hours = details.Hours is { } h ? HoursInput.Format(h) : null,
        Description = details.Description,
        WhatLearnt = details.WhatLearnt,
        Impact = details.Impact,
        PeerName = details.PeerName,
        PeerReflection = details.PeerReflection,
        AreaIds = details.AreaIds.Select(a => a.ToString(CultureInfo.InvariantCulture)).ToList(),
        Certificated = details.Certificated ? "true" : "false",
        Status = details.Status.ToString(),
    };

    /// <summary>
    /// The details the domain will judge. What cannot even be read (a date that does not exist, hours that are not a
    /// number, no answer to "certificated") goes into <paramref name="modelState"/> under its field; the value is
    /// then passed on as missing.
    /// </summary>
    public ActivityDetails ToDetails(ModelStateDictionary modelState)
    {
        var (date, dateError) = Date.Parse("the date of the activity");
        AddError(modelState, nameof(Date), dateError);
        var (endDate, endError) = EndDate.Parse("the end date", required: false);
        AddError(modelState, nameof(EndDate), endError);
        var (hours, hoursError) = HoursInput.Parse(Hours);
        AddError(modelState, nameof(Hours), hoursError);

        bool? certificated = Certificated switch
        {
            "true" => true,
            "false" => false,
            _ => null,
        };
        if (certificated is null)
        {
            modelState.AddModelError(nameof(Certificated), CertificatedMissing);
        }

        // An id that is not a number can never be one of the person's areas: keep it as an impossible id (0) so the
        // service answers "Select areas from your own frameworks" instead of silently dropping it.
        var areaIds = AreaIds
            .Where(a => !string.IsNullOrWhiteSpace(a))
            .Select(a => int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0)
            .Distinct()
            .ToList();

        return new ActivityDetails(
            int.TryParse(MethodId, NumberStyles.None, CultureInfo.InvariantCulture, out var methodId) ? methodId : 0,
            Title,
            date,
            endDate,
            hours,
            Description,
            WhatLearnt,
            Impact,
            PeerName,
            PeerReflection,
            certificated ?? false,
            string.Equals(Status, StatusDraft, StringComparison.Ordinal) ? ActivityStatus.Draft : ActivityStatus.Complete,
            areaIds);
    }

    /// <summary>Every free-text field, with its label, for the identifying-details check (docs/adr/0027).</summary>
    public IReadOnlyList<Shared.CheckedField> FreeText() =>
    [
        new(nameof(Title), "Title", Title),
        new(nameof(Description), "Description", Description),
        new(nameof(WhatLearnt), "What did you learn", WhatLearnt),
        new(nameof(Impact), "Impact", Impact),
        new(nameof(PeerName), "Who you discussed it with", PeerName),
        new(nameof(PeerReflection), "Peer reflection", PeerReflection),
    ];

    private static void AddError(ModelStateDictionary modelState, string field, string? error)
    {
        if (error is not null)
        {
            modelState.AddModelError(field, error);
        }
    }
}
