using CpdPortal.Domain.Common;

namespace CpdPortal.Domain.Settings;

/// <summary>
/// The council's rules that differ between councils: one row, edited by administrators (issue 7).
/// Defaults follow DOMAIN.md: a 15-day entitlement from 1 April, a 7.4-hour working day, Social Work England's
/// registration year from 1 December with two entries, one with a peer reflection.
/// </summary>
public sealed class PortalSettings
{
    public const int SingletonId = 1;

    public int Id { get; private set; } = SingletonId;

    public int LearningYearStartMonth { get; private set; } = 4;

    public int LearningYearStartDay { get; private set; } = 1;

    public decimal EntitlementDays { get; private set; } = 15m;

    public decimal WorkingDayHours { get; private set; } = 7.4m;

    /// <summary>
    /// Whether each person's allowance is pro rata to their full-time equivalent and to the part of the learning year
    /// they are in post (docs/adr/0025): on unless the council switches it off.
    /// </summary>
    public bool EntitlementProRata { get; private set; } = true;

    public int RegistrationYearStartMonth { get; private set; } = 12;

    public int RegistrationYearStartDay { get; private set; } = 1;

    public int RegistrationMinimumEntries { get; private set; } = 2;

    public bool RegistrationPeerReflectionRequired { get; private set; } = true;

    /// <summary>The renewal window opens this many months before the registration year ends (1 September).</summary>
    public int RenewalWindowMonths { get; private set; } = 3;

    public int EvidenceFileMaxMegabytes { get; private set; } = 5;

    public int EvidencePerPersonMaxMegabytes { get; private set; } = 50;

    /// <summary>The council's name as the portal shows it; null means the configured name (Council:Name).</summary>
    public string? CouncilName { get; private set; }

    /// <summary>How long a leaver's records are kept after their leaving date (the deleting job comes later).</summary>
    public int LeaverRetentionYears { get; private set; } = 6;

    /// <summary>The council's case-system identifier patterns, one a line (docs/adr/0027); null for none.</summary>
    public string? CaseIdentifierPatterns { get; private set; }

    /// <summary>The schools, colleges and academies in the council's area, one a line; null for none.</summary>
    public string? SchoolNames { get; private set; }

    /// <summary>The council's own places, teams and services, one a line: never reported as identifying.</summary>
    public string? KnownPhrases { get; private set; }

    public LearningYearPolicy LearningYear => new(LearningYearStartMonth, LearningYearStartDay);

    public RegistrationRule RegistrationRule =>
        new(new LearningYearPolicy(RegistrationYearStartMonth, RegistrationYearStartDay), RegistrationMinimumEntries, RegistrationPeerReflectionRequired, RenewalWindowMonths);

    public void RenameCouncil(string? councilName) =>
        CouncilName = Guard.OptionalText(councilName, FieldLengths.Name, "settings.councilName", "the council name");

    public void ChangeRegistrationRule(int startMonth, int startDay, int minimumEntries, bool peerReflectionRequired)
    {
        if (minimumEntries is < 0 or > 20)
        {
            throw new DomainRuleException("settings.registrationMinimum", "The minimum number of entries must be between 0 and 20");
        }

        _ = new LearningYearPolicy(startMonth, startDay);
        (RegistrationYearStartMonth, RegistrationYearStartDay, RegistrationMinimumEntries, RegistrationPeerReflectionRequired) =
            (startMonth, startDay, minimumEntries, peerReflectionRequired);
    }

    /// <summary>Uploads over 12MB are refused before they are read, so one file can be at most 10MB.</summary>
    public void ChangeEvidenceLimits(int fileMegabytes, int perPersonMegabytes)
    {
        if (fileMegabytes is < 1 or > 10)
        {
            throw new DomainRuleException("settings.evidenceFile", "The largest file must be between 1 and 10MB");
        }

        if (perPersonMegabytes < fileMegabytes || perPersonMegabytes > 1000)
        {
            throw new DomainRuleException("settings.evidencePerPerson", "The space for each person must be at least the largest file and at most 1000MB");
        }

        (EvidenceFileMaxMegabytes, EvidencePerPersonMaxMegabytes) = (fileMegabytes, perPersonMegabytes);
    }

    public void ChangeEntitlementProRata(bool proRata) => EntitlementProRata = proRata;

    /// <summary>The allowance of one person for a learning year, by the council's rule (<see cref="EntitlementAllowance"/>).</summary>
    public decimal AllowanceFor(decimal fullTimeEquivalent, DatePeriod year, DateOnly startDate, DateOnly? leaveDate) =>
        EntitlementAllowance.For(EntitlementDays, EntitlementProRata, fullTimeEquivalent, year, startDate, leaveDate);

    public void ChangeLeaverRetention(int years)
    {
        if (years is < 1 or > 25)
        {
            throw new DomainRuleException("settings.retention", "The retention period must be between 1 and 25 years");
        }

        LeaverRetentionYears = years;
    }

    /// <summary>Each line must be a pattern the detector can use that matches only identifiers (docs/adr/0027).</summary>
    public void ChangeCaseIdentifierPatterns(string? patterns) =>
        CaseIdentifierPatterns = IdentifyingDetailsSettings.CheckPatterns(patterns);

    public void ChangeSchoolNames(string? schoolNames) =>
        SchoolNames = IdentifyingDetailsSettings.CheckNames(schoolNames, "settings.schoolNames", "The school names");

    public void ChangeKnownPhrases(string? knownPhrases) =>
        KnownPhrases = IdentifyingDetailsSettings.CheckNames(knownPhrases, "settings.knownPhrases", "The place and team names");

    public void ChangeEntitlement(decimal days, decimal workingDayHours, int startMonth, int startDay)
    {
        if (days is < 0 or > 60)
        {
            throw new DomainRuleException("settings.entitlement", "The entitlement must be between 0 and 60 days");
        }

        if (workingDayHours is <= 0 or > 12)
        {
            throw new DomainRuleException("settings.workingDay", "The working day must be more than 0 and at most 12 hours");
        }

        _ = new LearningYearPolicy(startMonth, startDay);
        EntitlementDays = days;
        WorkingDayHours = workingDayHours;
        LearningYearStartMonth = startMonth;
        LearningYearStartDay = startDay;
    }
}
