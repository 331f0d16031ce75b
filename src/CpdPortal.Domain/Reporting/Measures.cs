namespace CpdPortal.Domain.Reporting;

/// <summary>A labelled count, e.g. how many people used between half and three quarters of their training days.</summary>
public sealed record BandCount(string Label, int Count);

/// <summary>
/// The arithmetic behind the managers' reports, kept in one place so every report rounds and bands the same way
/// and each rule can be checked by hand.
/// </summary>
public static class Measures
{
    /// <summary>Whole per cent, rounded half away from zero; 0 when there is nobody to count.</summary>
    public static int PercentOf(int part, int whole) =>
        whole <= 0 ? 0 : (int)Math.Round(100m * part / whole, MidpointRounding.AwayFromZero);

    /// <summary>Mean to one decimal place; 0 for nobody.</summary>
    public static decimal Mean(IReadOnlyCollection<decimal> values) =>
        values.Count == 0 ? 0 : Math.Round(values.Sum() / values.Count, 1, MidpointRounding.AwayFromZero);

    /// <summary>
    /// Training days used against the allowance, in six bands: none; under a quarter; a quarter to under half; half
    /// to under three quarters; three quarters to under the full allowance; the full allowance or more.
    /// </summary>
    public static IReadOnlyList<BandCount> EntitlementBands(IEnumerable<decimal> daysPerPerson, decimal allowanceDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(allowanceDays);
        var counts = new int[6];
        foreach (var days in daysPerPerson)
        {
            var share = days / allowanceDays;
            var band = days <= 0 ? 0 : share < 0.25m ? 1 : share < 0.5m ? 2 : share < 0.75m ? 3 : share < 1m ? 4 : 5;
            counts[band]++;
        }

        return Bands(counts);
    }

    private static IReadOnlyList<BandCount> Bands(int[] counts) =>
        [
            new("None", counts[0]),
            new("Under a quarter", counts[1]),
            new("A quarter to under half", counts[2]),
            new("Half to under three quarters", counts[3]),
            new("Three quarters to under the full allowance", counts[4]),
            new("The full allowance or more", counts[5]),
        ];

    /// <summary>
    /// As the other overload, each person against their own allowance (pro rata, docs/adr/0025). Someone with no
    /// days counts as "None"; someone whose allowance is 0 days (a few days in post at a small FTE) and who has used
    /// some counts as having used it all.
    /// </summary>
    public static IReadOnlyList<BandCount> EntitlementBands(IEnumerable<(decimal Days, decimal Allowance)> people)
    {
        ArgumentNullException.ThrowIfNull(people);
        var counts = new int[6];
        foreach (var (days, allowance) in people)
        {
            var share = allowance <= 0 ? 1m : days / allowance;
            var band = days <= 0 ? 0 : share < 0.25m ? 1 : share < 0.5m ? 2 : share < 0.75m ? 3 : share < 1m ? 4 : 5;
            counts[band]++;
        }

        return Bands(counts);
    }

    /// <summary>Whether someone was in post on a day: started by then and not left before it.</summary>
    public static bool InPostOn(DateOnly start, DateOnly? leave, DateOnly day) => start <= day && (leave is null || leave >= day);
}
