using CpdPortal.Domain.Settings;

namespace CpdPortal.Domain.Registration;

/// <summary>
/// One entry's registration criteria as worked out when it (or an earlier entry of the same person) was last written
/// (docs/adr/0039), so no page reads the writing or compares pairs of entries to show the registration status. Only
/// what comes from the writing is kept: the word counts of the three answers and the near-copy match. Whether the entry
/// is complete and dated in the year, its title and the copied entry's title and date are read from the entries
/// themselves when shown, so changing them needs no upkeep here.
/// </summary>
public sealed class StoredEntryAssessment
{
    public StoredEntryAssessment(int activityId, int staffMemberId, int learntWords, int impactWords, int reflectionWords, DateOnly comparedFrom, int? nearCopyOfId, double? nearCopySimilarity)
    {
        ActivityId = activityId;
        StaffMemberId = staffMemberId;
        LearntWords = learntWords;
        ImpactWords = impactWords;
        ReflectionWords = reflectionWords;
        ComparedFrom = comparedFrom;
        NearCopyOfId = nearCopyOfId;
        NearCopySimilarity = nearCopySimilarity;
    }

    /// <summary>The entry (one row per entry, removed with it).</summary>
    public int ActivityId { get; private set; }

    /// <summary>Whose entry it is (the upkeep replaces a person's rows by this).</summary>
    public int StaffMemberId { get; private set; }

    /// <summary>Words in "What did you learn" (a course completion's placeholder is no words).</summary>
    public int LearntWords { get; private set; }

    /// <summary>Words in the impact answer (both impact criteria read it).</summary>
    public int ImpactWords { get; private set; }

    /// <summary>Words in the peer reflection.</summary>
    public int ReflectionWords { get; private set; }

    /// <summary>
    /// The first day the near-copy search looked back to: the start of the registration year before the entry's own.
    /// A page uses the row only when this is the start of the year before the one it counts; otherwise (the council
    /// moved its registration year and the rows are not rebuilt yet) it assesses from the writing as before.
    /// </summary>
    public DateOnly ComparedFrom { get; private set; }

    /// <summary>The earlier entry this one's writing repeats, if any.</summary>
    public int? NearCopyOfId { get; private set; }

    /// <summary>How alike the two are (Jaccard similarity of their shingles), when <see cref="NearCopyOfId"/> is set.</summary>
    public double? NearCopySimilarity { get; private set; }

    /// <summary>
    /// The rows for <paramref name="assess"/> (ids of the person's not-deleted entries) from <paramref name="entries"/>, which
    /// must hold every not-deleted entry of that person dated from the start of the registration year before the earliest
    /// assessed entry's year up to the latest assessed entry. Each entry is compared with the earlier completed entries of
    /// its own registration year and the one before: for an entry of the year being counted, exactly what
    /// <see cref="RegistrationCriteria.Assess"/> compares it with.
    /// </summary>
    public static List<StoredEntryAssessment> For(int staffMemberId, IReadOnlyList<CriteriaEntry> entries, IReadOnlyCollection<int> assess, LearningYearPolicy registrationYear)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(assess);
        var wanted = assess as IReadOnlySet<int> ?? assess.ToHashSet();
        var shingles = new Dictionary<int, IReadOnlySet<long>>(entries.Count);
        var ordered = RegistrationCriteria.InComparisonOrder(entries);
        var rows = new List<StoredEntryAssessment>();
        foreach (var entry in entries)
        {
            if (!wanted.Contains(entry.ActivityId))
            {
                continue;
            }

            var from = registrationYear.PeriodContaining(entry.Date).Previous().Start;
            var copy = RegistrationCriteria.NearCopyOf(entry, ordered, from, shingles);
            rows.Add(new StoredEntryAssessment(
                entry.ActivityId,
                staffMemberId,
                RegistrationCriteria.AnswerWords(entry.WhatLearnt),
                RegistrationCriteria.AnswerWords(entry.Impact),
                RegistrationCriteria.AnswerWords(entry.PeerReflection),
                from,
                copy?.ActivityId,
                copy?.Similarity));
        }

        return rows;
    }

    /// <summary>Whether this row can stand for the entry when counting <paramref name="year"/>.</summary>
    public static bool Current(DateOnly comparedFrom, DatePeriod year)
        => comparedFrom == year.Previous().Start;
}
