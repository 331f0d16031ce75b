namespace CpdPortal.Domain.Certifications;

/// <summary>One certification a person's role requires, and where they stand with it.</summary>
public sealed record RequiredCertification(int CertificationId, CertificationStatus Status, DateOnly? ExpiresOn);

/// <summary>
/// Compliance is worked out when it is read, from what the role requires now and the periods the person holds
/// (docs/adr/0022): a change to a role's requirements is therefore seen by everyone at once, with nothing to
/// recalculate. Compliant means every required certification is active today (due for renewal still counts).
/// </summary>
public static class Compliance
{
    /// <summary>
    /// Each required certification's status on <paramref name="today"/>: <paramref name="latest"/> gives, per
    /// certification id, its rule and the person's latest period (null when never held).
    /// </summary>
    public static IReadOnlyList<RequiredCertification> Evaluate(
        IEnumerable<int> requiredIds,
        IReadOnlyDictionary<int, (CertificationRule Rule, CertificationPeriod? Latest)> latest,
        DateOnly today) =>
        requiredIds.Distinct()
            .Select(id => latest.TryGetValue(id, out var held)
                ? new RequiredCertification(id, held.Rule.StatusOn(held.Latest, today), held.Latest?.ExpiresOn)
                : new RequiredCertification(id, CertificationStatus.NotHeld, null))
            .ToList();

    public static bool IsCompliant(IEnumerable<RequiredCertification> required) =>
        required.All(r => Counts(r.Status));

    /// <summary>Whether a status counts as holding the certification today.</summary>
    public static bool Counts(CertificationStatus status) => status is CertificationStatus.Active or CertificationStatus.DueSoon;
}
