using System.Globalization;
using CpdPortal.Application.Administration;
using CpdPortal.Domain.Settings;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CpdPortal.Web.Features.Settings;

/// <summary>The settings form as typed: text only, so nothing typed is lost and junk gets a GOV.UK message.</summary>
public sealed class SettingsForm
{
    public string? CouncilName { get; set; }

    public string? LearningYearStartDay { get; set; }

    public string? LearningYearStartMonth { get; set; }

    public string? EntitlementDays { get; set; }

    public string? WorkingDayHours { get; set; }

    public string? EntitlementProRata { get; set; }

    public string? RegistrationYearStartDay { get; set; }

    public string? RegistrationYearStartMonth { get; set; }

    public string? RegistrationMinimumEntries { get; set; }

    public string? RegistrationPeerReflectionRequired { get; set; }

    public string? EvidenceFileMaxMegabytes { get; set; }

    public string? EvidencePerPersonMaxMegabytes { get; set; }

    public string? LeaverRetentionYears { get; set; }

    /// <summary>Case-system identifier patterns, one a line (docs/adr/0027).</summary>
    public string? CaseIdentifierPatterns { get; set; }

    /// <summary>Schools in the council's area, one a line.</summary>
    public string? SchoolNames { get; set; }

    /// <summary>The council's places, teams and services, one a line: never warned about.</summary>
    public string? KnownPhrases { get; set; }

    /// <summary>Pathway role id → policy code ("asye", "weekly", "fortnightly", "monthly").</summary>
    public Dictionary<string, string> Policies { get; set; } = [];

    [BindNever]
    public IReadOnlyList<RolePolicy> Roles { get; set; } = [];

    [BindNever]
    public string ConfiguredCouncilName { get; set; } = string.Empty;

    public static SettingsForm From(PortalSettings s, IReadOnlyList<RolePolicy> roles) => new()
    {
        CouncilName = s.CouncilName,
        LearningYearStartDay = Text(s.LearningYearStartDay),
        LearningYearStartMonth = Text(s.LearningYearStartMonth),
        EntitlementDays = s.EntitlementDays.ToString("0.##", CultureInfo.InvariantCulture),
        WorkingDayHours = s.WorkingDayHours.ToString("0.##", CultureInfo.InvariantCulture),
        EntitlementProRata = s.EntitlementProRata ? "true" : "false",
        RegistrationYearStartDay = Text(s.RegistrationYearStartDay),
        RegistrationYearStartMonth = Text(s.RegistrationYearStartMonth),
        RegistrationMinimumEntries = Text(s.RegistrationMinimumEntries),
        RegistrationPeerReflectionRequired = s.RegistrationPeerReflectionRequired ? "true" : "false",
        EvidenceFileMaxMegabytes = Text(s.EvidenceFileMaxMegabytes),
        EvidencePerPersonMaxMegabytes = Text(s.EvidencePerPersonMaxMegabytes),
        LeaverRetentionYears = Text(s.LeaverRetentionYears),
        CaseIdentifierPatterns = s.CaseIdentifierPatterns,
        SchoolNames = s.SchoolNames,
        KnownPhrases = s.KnownPhrases,
        Policies = roles.ToDictionary(r => Text(r.PathwayRoleId), r => r.Policy),
        Roles = roles,
    };

    public SettingsInput? ToInput(ModelStateDictionary modelState)
    {
        var learningDay = Whole(modelState, nameof(LearningYearStartDay), LearningYearStartDay, "The learning year's start day");
        var learningMonth = Whole(modelState, nameof(LearningYearStartMonth), LearningYearStartMonth, "The learning year's start month");
        var days = Number(modelState, nameof(EntitlementDays), EntitlementDays, "The entitlement", "15");
        var hours = Number(modelState, nameof(WorkingDayHours), WorkingDayHours, "The working day", "7.4");
        if (EntitlementProRata is not ("true" or "false"))
        {
            modelState.AddModelError(nameof(EntitlementProRata), "Select yes if the entitlement is pro rata for part-time staff and part years");
        }

        var registrationDay = Whole(modelState, nameof(RegistrationYearStartDay), RegistrationYearStartDay, "The registration year's start day");
        var registrationMonth = Whole(modelState, nameof(RegistrationYearStartMonth), RegistrationYearStartMonth, "The registration year's start month");
        var minimum = Whole(modelState, nameof(RegistrationMinimumEntries), RegistrationMinimumEntries, "The minimum number of entries");
        if (RegistrationPeerReflectionRequired is not ("true" or "false"))
        {
            modelState.AddModelError(nameof(RegistrationPeerReflectionRequired), "Select yes if one entry must include a peer reflection");
        }

        var fileMb = Whole(modelState, nameof(EvidenceFileMaxMegabytes), EvidenceFileMaxMegabytes, "The largest file");
        var personMb = Whole(modelState, nameof(EvidencePerPersonMaxMegabytes), EvidencePerPersonMaxMegabytes, "The space for each person");
        var retention = Whole(modelState, nameof(LeaverRetentionYears), LeaverRetentionYears, "The retention period");
        var policies = new Dictionary<int, string>();
        foreach (var (key, code) in Policies)
        {
            if (!int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var roleId) || !SettingsAdminService.PolicyCodes.Contains(code))
            {
                modelState.AddModelError($"Policies[{key}]", "Select how often this role is supervised");
                continue;
            }

            policies[roleId] = code;
        }

        return modelState.ErrorCount > 0
            ? null
            : new SettingsInput(CouncilName, learningDay, learningMonth, days, hours, registrationDay, registrationMonth, minimum, RegistrationPeerReflectionRequired == "true", fileMb, personMb, retention, policies)
            {
                IdentifyingDetails = new IdentifyingDetailsInput(CaseIdentifierPatterns, SchoolNames, KnownPhrases),
                EntitlementProRata = EntitlementProRata == "true",
            };
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static int Whole(ModelStateDictionary modelState, string field, string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            modelState.AddModelError(field, $"Enter {char.ToLowerInvariant(what[0])}{what[1..]}");
            return 0;
        }

        if (!int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            modelState.AddModelError(field, $"{what} must be a whole number");
        }

        return number;
    }

    private static decimal Number(ModelStateDictionary modelState, string field, string? value, string what, string example)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            modelState.AddModelError(field, $"Enter {char.ToLowerInvariant(what[0])}{what[1..]}");
            return 0;
        }

        if (!decimal.TryParse(value.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            modelState.AddModelError(field, $"{what} must be a number, like {example}");
        }

        return number;
    }
}
