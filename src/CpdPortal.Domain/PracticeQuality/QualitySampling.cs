using CpdPortal.Domain.Common;

namespace CpdPortal.Domain.PracticeQuality;

/// <summary>A completed entry that may be drawn: its id and its author's team.</summary>
public sealed record SampleCandidate(int ActivityId, int TeamId);

/// <summary>
/// Draws a random, reproducible sample of completed entries (docs/adr/0028): the candidates in id order are shuffled by
/// a SplitMix64 generator from the stored seed (not System.Random, whose sequence .NET does not promise to keep), the
/// first ceil(percent × count) are taken, and then the first shuffled entry of any team not yet drawn is added, so each
/// team with entries has at least one. The same candidates, percentage and seed always give the same sample.
/// </summary>
public static class QualitySampling
{
    public const decimal DefaultPercent = 2.5m;
    public const string PercentField = "Percent";

    /// <summary>The sample, or a domain error worded for the form: 0, more than 100% or nothing to draw from.</summary>
    public static IReadOnlyList<SampleCandidate> Draw(IReadOnlyCollection<SampleCandidate> candidates, decimal percent, long seed)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var errors = Validate(percent, candidates.Count);
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        var shuffled = candidates.OrderBy(c => c.ActivityId).ToList();
        var random = new SplitMix64(seed);
        for (var i = shuffled.Count - 1; i > 0; i--)
        {
            var j = (int)(random.Next() % (ulong)(i + 1));
            (shuffled[i], shuffled[j]) = (shuffled[j], shuffled[i]);
        }

        var size = (int)Math.Ceiling(shuffled.Count * percent / 100m);
        var drawn = shuffled.Take(size).ToList();
        var teams = drawn.Select(d => d.TeamId).ToHashSet();
        foreach (var candidate in shuffled.Skip(size))
        {
            if (teams.Add(candidate.TeamId))
            {
                drawn.Add(candidate);
            }
        }

        return drawn;
    }

    /// <summary>What is wrong with a request to draw, as form messages; empty when it can be drawn.</summary>
    public static IReadOnlyList<FieldError> Validate(decimal? percent, int candidates)
    {
        var errors = new List<FieldError>();
        if (percent is null)
        {
            errors.Add(new(PercentField, "Enter the percentage of entries to sample, like 2.5"));
        }
        else if (percent <= 0)
        {
            errors.Add(new(PercentField, "The percentage must be more than 0"));
        }
        else if (percent > 100)
        {
            errors.Add(new(PercentField, "The percentage must be 100 or less"));
        }
        else if (decimal.Round(percent.Value, 1) != percent.Value)
        {
            errors.Add(new(PercentField, "Enter the percentage to no more than 1 decimal place, like 2.5"));
        }
        else if (candidates == 0)
        {
            errors.Add(new("Year", "There are no completed entries dated in that registration year: choose another year. Nothing was drawn."));
        }

        return errors;
    }

    /// <summary>SplitMix64 (Steele, Lea and Flood 2014): small, fast and fixed, so a stored seed redraws the same sample.</summary>
    private sealed class SplitMix64(long seed)
    {
        private ulong _state = unchecked((ulong)seed);

        public ulong Next()
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
