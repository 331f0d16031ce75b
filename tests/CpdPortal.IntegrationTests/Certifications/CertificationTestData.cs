using CpdPortal.Domain.Certifications;
using CpdPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Certifications;

internal static class CertificationTestData
{
    public const string Safeguarding = "Safeguarding children level 3";
    public const string DataProtection = "Data protection and information sharing";

    public static Task<int> CertificationIdAsync(this CpdPortalFactory factory, string name) =>
        factory.WithDbAsync(db => db.Certifications.Where(c => c.Name == name).Select(c => c.Id).SingleAsync());

    public static Task<int> CertificationCountAsync(this CpdPortalFactory factory) =>
        factory.WithDbAsync(db => db.Certifications.CountAsync());

    public static Task<List<CertificationAward>> AwardsAsync(this CpdPortalFactory factory, int staffId, int certificationId) =>
        factory.WithDbAsync(db => db.CertificationAwards.AsNoTracking()
            .Where(a => a.StaffMemberId == staffId && a.CertificationId == certificationId)
            .OrderBy(a => a.CompletedOn)
            .ToListAsync());

    public static (string Name, string Value)[] Form(
        string name, string expires = "true", string months = "36", string window = "3", string unit = "Months", string keeps = "true", params int[] courses) =>
        [
            ("Name", name), ("Description", string.Empty), ("Expires", expires), ("ValidityMonths", months), ("WindowLength", window), ("WindowUnit", unit),
            ("EarlyRenewalKeepsRemainingTime", keeps), .. courses.Select(c => ("CourseIds", c.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        ];
}
