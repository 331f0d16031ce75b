using Bogus;
using CpdPortal.Application.Common;
using CpdPortal.Domain.Certifications;
using CpdPortal.Domain.Training;
using CpdPortal.Domain.Workforce;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Infrastructure.Seeding;

/// <summary>
/// The demo council's mandatory training: safeguarding children level 3 every three years and data protection every
/// year, required of every pathway role, each conferred by its catalogue course, and a history for everyone in post
/// so that most are compliant, some are due for renewal, some have lapsed and a few never held one. Sam's
/// safeguarding expires in 40 days (so the 60-day notice is due); Jo's data protection lapsed two months ago.
/// Periods are worked out by the domain's rule from completion dates, as real completions would be.
/// </summary>
internal static class DemoCertifications
{
    public const string Safeguarding = "Safeguarding children level 3";
    public const string DataProtection = "Data protection and information sharing";

    public static async Task SeedAsync(ICpdPortalDbContext db, IReadOnlyList<Course> courses, IReadOnlyList<StaffMember> staff, StaffMember sam, StaffMember jo, DateOnly today, DateTimeOffset now, int seed, CancellationToken ct)
    {
        var ids = courses.ToDictionary(c => c.Title, c => c.Id);
        var safeguarding = new Certification(new CertificationDetails(
            Safeguarding, "Recognising and responding to abuse and neglect, renewed every three years.", true, 36, 3, WindowUnit.Months, true, [ids["Safeguarding children: level 3"]]));
        var dataProtection = new Certification(new CertificationDetails(
            DataProtection, "UK GDPR and lawful information sharing, renewed every year.", true, 12, 30, WindowUnit.Days, false, [ids["Information sharing and GDPR"]]));
        db.Certifications.AddRange(safeguarding, dataProtection);
        await db.SaveChangesAsync(ct);

        var roles = await db.PathwayRoles.Include(r => r.Certifications).ToListAsync(ct);
        foreach (var role in roles)
        {
            role.RequireCertification(safeguarding.Id);
            role.RequireCertification(dataProtection.Id);
        }

        var random = new Randomizer(seed);
        foreach (var person in staff.Where(p => p.LeaveDate is null && p.PathwayRoleId is not null))
        {
            foreach (var certification in new[] { safeguarding, dataProtection })
            {
                CertificationPeriod? current = null;
                foreach (var completedOn in Completions(certification, person, sam, jo, today, random).Order())
                {
                    if (CertificationAward.Grant(person.Id, certification.Id, certification.Rule, current, completedOn, CertificationSource.EarlierRecords, null, now) is { } award)
                    {
                        db.CertificationAwards.Add(award);
                        current = award.Period;
                    }
                }
            }
        }

        await db.SaveChangesAsync(ct);
    }

    private static List<DateOnly> Completions(Certification certification, StaffMember person, StaffMember sam, StaffMember jo, DateOnly today, Randomizer random)
    {
        var months = certification.ValidityMonths!.Value;
        if (person == sam)
        {
            // Sam's safeguarding lapses in 40 days: due for renewal, and the 60-day notice is due.
            return certification.Name == Safeguarding ? [today.AddDays(40).AddMonths(-months)] : [today.AddMonths(-2)];
        }

        if (person == jo)
        {
            return certification.Name == Safeguarding ? [today.AddDays(-200)] : [today.AddMonths(-14)];
        }

        if (random.Bool(0.08f))
        {
            return [];
        }

        // The latest completion up to 15% beyond the validity ago (some lapsed), and often one period before it.
        var span = (int)(months * 30.4 * 1.15);
        var latest = today.AddDays(-random.Int(10, span));
        var earliest = person.StartDate;
        var list = new List<DateOnly> { latest < earliest ? earliest : latest };
        var before = latest.AddMonths(-months).AddDays(random.Int(0, 60));
        if (random.Bool(0.6f) && before > earliest)
        {
            list.Add(before);
        }

        return list.Where(d => d <= today).ToList();
    }
}
