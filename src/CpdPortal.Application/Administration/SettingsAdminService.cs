using CpdPortal.Application.Auditing;
using CpdPortal.Application.Common;
using CpdPortal.Domain.Auditing;
using CpdPortal.Domain.Common;
using CpdPortal.Domain.Settings;
using CpdPortal.Domain.Supervision;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Administration;

/// <summary>How often one pathway role is supervised, as the settings form shows it.</summary>
public sealed record RolePolicy(int PathwayRoleId, string Role, string Policy);

/// <summary>The council's settings as an administrator edits them. Field names match the form's.</summary>
public sealed record SettingsInput(
    string? CouncilName,
    int LearningYearStartDay,
    int LearningYearStartMonth,
    decimal EntitlementDays,
    decimal WorkingDayHours,
    int RegistrationYearStartDay,
    int RegistrationYearStartMonth,
    int RegistrationMinimumEntries,
    bool RegistrationPeerReflectionRequired,
    int EvidenceFileMaxMegabytes,
    int EvidencePerPersonMaxMegabytes,
    int LeaverRetentionYears,
    IReadOnlyDictionary<int, string> Policies)
{
    /// <summary>The council's additions to the identifying-details check (docs/adr/0027); null leaves them as they are.</summary>
    public IdentifyingDetailsInput? IdentifyingDetails { get; init; }

    /// <summary>Whether the entitlement is pro rata to the working pattern and the part of the year in post (docs/adr/0025).</summary>
    public bool EntitlementProRata { get; init; } = true;
}

/// <summary>The three boxes of the identifying-details settings, one entry a line.</summary>
public sealed record IdentifyingDetailsInput(string? CaseIdentifierPatterns, string? SchoolNames, string? KnownPhrases);

/// <summary>
/// The council's settings (/admin/settings). Each rule is checked by the domain; a save that breaks any changes
/// nothing. Each setting that changes gets an audit entry naming it (never its old or new text).
/// </summary>
public sealed class SettingsAdminService(ICpdPortalDbContext db, IAuditLog audit)
{
    public const string Asye = "asye";

    public static IReadOnlyList<string> PolicyCodes { get; } = [Asye, "weekly", "fortnightly", "monthly"];

    public async Task<(PortalSettings Settings, IReadOnlyList<RolePolicy> Policies)> GetAsync(CancellationToken ct)
    {
        var settings = await db.PortalSettingsAsync(ct);
        var policies = await db.SupervisionPolicies.AsNoTracking().ToDictionaryAsync(p => p.PathwayRoleId, p => p.Policy, ct);
        var roles = await db.PathwayRoles.AsNoTracking().OrderBy(r => r.PathwayId).ThenBy(r => r.Step).Select(r => new { r.Id, r.Title }).ToListAsync(ct);
        return (settings, roles.Select(r => new RolePolicy(r.Id, r.Title, Code(policies.GetValueOrDefault(r.Id) ?? SupervisionPolicy.MonthlyPolicy))).ToList());
    }

    public async Task SaveAsync(SettingsInput input, CancellationToken ct)
    {
        var settings = await db.Settings.SingleOrDefaultAsync(s => s.Id == PortalSettings.SingletonId, ct);
        if (settings is null)
        {
            settings = new PortalSettings();
            db.Settings.Add(settings);
        }

        var before = Snapshot(settings);
        var errors = new List<FieldError>();
        Try(errors, nameof(input.CouncilName), () => settings.RenameCouncil(input.CouncilName));
        Try(errors, nameof(input.EntitlementDays), () => settings.ChangeEntitlement(input.EntitlementDays, input.WorkingDayHours, input.LearningYearStartMonth, input.LearningYearStartDay));
        settings.ChangeEntitlementProRata(input.EntitlementProRata);
        Try(errors, nameof(input.RegistrationMinimumEntries), () => settings.ChangeRegistrationRule(input.RegistrationYearStartMonth, input.RegistrationYearStartDay, input.RegistrationMinimumEntries, input.RegistrationPeerReflectionRequired));
        Try(errors, nameof(input.EvidenceFileMaxMegabytes), () => settings.ChangeEvidenceLimits(input.EvidenceFileMaxMegabytes, input.EvidencePerPersonMaxMegabytes));
        Try(errors, nameof(input.LeaverRetentionYears), () => settings.ChangeLeaverRetention(input.LeaverRetentionYears));
        if (input.IdentifyingDetails is { } identifying)
        {
            Try(errors, nameof(identifying.CaseIdentifierPatterns), () => settings.ChangeCaseIdentifierPatterns(identifying.CaseIdentifierPatterns));
            Try(errors, nameof(identifying.SchoolNames), () => settings.ChangeSchoolNames(identifying.SchoolNames));
            Try(errors, nameof(identifying.KnownPhrases), () => settings.ChangeKnownPhrases(identifying.KnownPhrases));
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        var after = Snapshot(settings);
        foreach (var (name, value) in after.Where(kv => before[kv.Key] != kv.Value))
        {
            audit.Add(AuditActions.SettingChanged, AuditEntityTypes.Settings, name);
        }

        await SavePoliciesAsync(input.Policies, ct);
        await db.SaveChangesAsync(ct);
        SettingsCache.Forget(db);
    }

    private async Task SavePoliciesAsync(IReadOnlyDictionary<int, string> codes, CancellationToken ct)
    {
        var rows = await db.SupervisionPolicies.ToDictionaryAsync(p => p.PathwayRoleId, ct);
        var roles = await db.PathwayRoles.Select(r => r.Id).ToListAsync(ct);
        foreach (var roleId in roles.Where(codes.ContainsKey))
        {
            var wanted = Policy(codes[roleId]);
            var current = rows.GetValueOrDefault(roleId)?.Policy ?? SupervisionPolicy.MonthlyPolicy;
            if (wanted == current)
            {
                continue;
            }

            if (rows.TryGetValue(roleId, out var row))
            {
                row.Change(wanted);
            }
            else
            {
                db.SupervisionPolicies.Add(new RoleSupervisionPolicy(roleId, wanted));
            }

            audit.Add(AuditActions.SettingChanged, AuditEntityTypes.Settings, $"SupervisionPolicy:{roleId}");
        }
    }

    public static string Code(SupervisionPolicy policy) => policy.FollowsAsyeSchedule ? Asye : policy.Standard.ToString().ToLowerInvariant();

    private static SupervisionPolicy Policy(string code) => code switch
    {
        Asye => SupervisionPolicy.Asye,
        "weekly" => new SupervisionPolicy(false, SupervisionFrequency.Weekly),
        "fortnightly" => new SupervisionPolicy(false, SupervisionFrequency.Fortnightly),
        _ => SupervisionPolicy.MonthlyPolicy,
    };

    private static void Try(List<FieldError> errors, string field, Action change)
    {
        try
        {
            change();
        }
        catch (DomainRuleException ex)
        {
            errors.Add(new FieldError(ex.Rule switch
            {
                "settings.workingDay" => nameof(SettingsInput.WorkingDayHours),
                "settings.yearStart" when field == nameof(SettingsInput.EntitlementDays) => nameof(SettingsInput.LearningYearStartDay),
                "settings.yearStart" => nameof(SettingsInput.RegistrationYearStartDay),
                "settings.evidencePerPerson" => nameof(SettingsInput.EvidencePerPersonMaxMegabytes),
                _ => field,
            }, ex.Message));
        }
    }

    /// <summary>
    /// A decimal as text without trailing zeros: PostgreSQL and SQL Server read 7.4 back as 7.40 (the column's scale),
    /// SQLite as 7.4, and neither is a change (docs/adr/0015).
    /// </summary>
    private static string Number(decimal value) => value.ToString("0.############", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Each setting by name with its value as text, to find which ones a save changed.</summary>
    private static Dictionary<string, string> Snapshot(PortalSettings s) => new(StringComparer.Ordinal)
    {
        [nameof(s.CouncilName)] = s.CouncilName ?? string.Empty,
        [nameof(s.LearningYearStartDay)] = $"{s.LearningYearStartDay}/{s.LearningYearStartMonth}",
        [nameof(s.EntitlementDays)] = Number(s.EntitlementDays),
        [nameof(s.WorkingDayHours)] = Number(s.WorkingDayHours),
        [nameof(s.EntitlementProRata)] = s.EntitlementProRata.ToString(),
        [nameof(s.RegistrationYearStartDay)] = $"{s.RegistrationYearStartDay}/{s.RegistrationYearStartMonth}",
        [nameof(s.RegistrationMinimumEntries)] = s.RegistrationMinimumEntries.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [nameof(s.RegistrationPeerReflectionRequired)] = s.RegistrationPeerReflectionRequired.ToString(),
        [nameof(s.EvidenceFileMaxMegabytes)] = s.EvidenceFileMaxMegabytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [nameof(s.EvidencePerPersonMaxMegabytes)] = s.EvidencePerPersonMaxMegabytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [nameof(s.LeaverRetentionYears)] = s.LeaverRetentionYears.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [nameof(s.CaseIdentifierPatterns)] = s.CaseIdentifierPatterns ?? string.Empty,
        [nameof(s.SchoolNames)] = s.SchoolNames ?? string.Empty,
        [nameof(s.KnownPhrases)] = s.KnownPhrases ?? string.Empty,
    };
}
