namespace CpdPortal.Domain.Settings;

/// <summary>Social Work England's yearly CPD rule as this council configures it.</summary>
public sealed record RegistrationRule(LearningYearPolicy Year, int MinimumEntries, bool PeerReflectionRequired, int RenewalWindowMonths);
