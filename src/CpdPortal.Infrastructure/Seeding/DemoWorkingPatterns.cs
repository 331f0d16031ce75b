using Bogus;
using CpdPortal.Domain.Workforce;

namespace CpdPortal.Infrastructure.Seeding;

/// <summary>
/// The demo council's working patterns and absence (issue 15, point 5): about a third of the synthetic staff part time
/// (the source council's survey had 36%), and days absent in the last 12 months for most people, as an HR file would
/// give them. The people with demo accounts keep full time and no figure, so their pages stay as the guides show them.
/// Its own random sequence, so the rest of the demo data is unchanged.
/// </summary>
internal static class DemoWorkingPatterns
{
    private static readonly decimal[] PartTime = [0.5m, 0.6m, 0.6m, 0.8m, 0.8m, 0.9m];

    public static void Apply(IEnumerable<StaffMember> staff, IReadOnlyCollection<string> accountLocalParts, int seed)
    {
        var random = new Randomizer(seed);
        foreach (var person in staff.Where(p => !accountLocalParts.Any(a => p.Email.StartsWith(a + "@", StringComparison.Ordinal))))
        {
            if (random.Bool(0.34f))
            {
                person.ChangeWorkingPattern(random.ArrayElement(PartTime));
            }

            if (random.Bool(0.9f))
            {
                // Most people a few days; some a long absence.
                var days = random.Bool(0.12f) ? random.Int(15, 60) : random.Int(0, 12);
                person.RecordAbsence(days + (random.Bool(0.2f) ? 0.5m : 0m));
            }
        }
    }
}
