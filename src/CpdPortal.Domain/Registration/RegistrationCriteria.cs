using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Settings;

namespace CpdPortal.Domain.Registration;

/// <summary>Social Work England's criteria for one piece of CPD, in the order the entry page lists them.</summary>
public enum RegistrationCriterion
{
    /// <summary>A completed entry, not a draft.</summary>
    Completed = 1,

    /// <summary>Dated inside the registration year being counted.</summary>
    DatedInYear = 2,

    /// <summary>Says what was learnt.</summary>
    WhatLearnt = 3,

    /// <summary>Says what difference it made to the person's practice.</summary>
    ImpactOnPractice = 4,

    /// <summary>Says what difference it made to the children and families the person supports.</summary>
    ImpactOnPeople = 5,

    /// <summary>Has a peer reflection (needed on at least one counted entry a year, not on every entry).</summary>
    PeerReflection = 6,

    /// <summary>Is not the same writing as another of the person's entries (this year's or last year's).</summary>
    NotANearCopy = 7,
}

/// <summary>What the criteria need to know about one of the person's entries: its date, status and the four written answers.</summary>
public sealed record CriteriaEntry(
    int ActivityId,
    string Title,
    DateOnly Date,
    ActivityStatus Status,
    string? Description,
    string? WhatLearnt,
    string? Impact,
    string? PeerReflection);

/// <summary>One criterion for one entry: met or not, and what to do when not.</summary>
public sealed record CriterionResult(RegistrationCriterion Criterion, bool Met, string? ToDo);

/// <summary>
/// One entry against every criterion. The entry counts towards registration when every criterion but the peer
/// reflection is met (the peer reflection is a rule about the year: at least one counted entry has one).
/// </summary>
public sealed record EntryAssessment(int ActivityId, string Title, DateOnly Date, IReadOnlyList<CriterionResult> Results, NearCopyMatch? NearCopyOf)
{
    public bool Counts => Results.All(r => r.Met || r.Criterion == RegistrationCriterion.PeerReflection);

    public bool HasPeerReflection => Results.Any(r => r.Criterion == RegistrationCriterion.PeerReflection && r.Met);

    public bool IsMet(RegistrationCriterion criterion) => Results.Single(r => r.Criterion == criterion).Met;

    /// <summary>What stops the entry counting, in the page's words (the peer reflection is not among them).</summary>
    public IReadOnlyList<string> Missing =>
        Results.Where(r => !r.Met && r.Criterion != RegistrationCriterion.PeerReflection).Select(r => r.ToDo!).ToList();
}

/// <summary>The earlier entry a near-copy repeats, and how alike they are.</summary>
public sealed record NearCopyMatch(int ActivityId, string Title, DateOnly Date, double Similarity);

/// <summary>
/// Decides, per CPD entry, which of Social Work England's criteria it meets (docs/adr/0028). The portal does not
/// pretend to understand prose: a written criterion is met when its own answer is given and is at least
/// <see cref="MinimumWords"/> words long. What was learnt reads "What did you learn"; both impact criteria read the
/// one impact answer, which the form asks as "impact on your practice and on children and families" (a reviewer
/// judges the two separately in quality assurance). A near-copy is the later of two entries whose writing is at least
/// <see cref="NearCopies.Threshold"/> alike; the earlier one still counts.
/// </summary>
public static class RegistrationCriteria
{
    /// <summary>The shortest answer that counts: "N/A", "Good" or "See above" say nothing of what was learnt.</summary>
    public const int MinimumWords = 10;

    /// <summary>
    /// The answers a course completion writes into the entry it makes (CourseSession.RecordCompletion,
    /// ExternalCompletion.Details) until the practitioner edits it: they are not the practitioner's answer.
    /// </summary>
    public static IReadOnlyList<string> CompletionPlaceholders { get; } =
    [
        "Edit this entry to add what you learnt from the course.",
        "Edit this entry to add the impact on your practice and on children and families.",
    ];

    /// <summary>Every criterion in display order.</summary>
    public static IReadOnlyList<RegistrationCriterion> All { get; } = Enum.GetValues<RegistrationCriterion>();

    /// <summary>The criterion's name as the pages show it.</summary>
    public static string Name(RegistrationCriterion criterion) => criterion switch
    {
        RegistrationCriterion.Completed => "Completed, not a draft",
        RegistrationCriterion.DatedInYear => "Dated in the registration year",
        RegistrationCriterion.WhatLearnt => "What you learnt",
        RegistrationCriterion.ImpactOnPractice => "Impact on your practice",
        RegistrationCriterion.ImpactOnPeople => "Impact on the people you support",
        RegistrationCriterion.PeerReflection => "Peer reflection",
        RegistrationCriterion.NotANearCopy => "Not a copy of another entry",
        _ => criterion.ToString(),
    };

    /// <summary>
    /// Assesses each of <paramref name="entries"/> (the person's own, not deleted, from this registration year and the
    /// one before, so a record reused from last year is found) against <paramref name="year"/>.
    /// </summary>
    public static IReadOnlyList<EntryAssessment> Assess(IReadOnlyList<CriteriaEntry> entries, DatePeriod year)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var ordered = InComparisonOrder(entries);
        var shingles = new Dictionary<int, IReadOnlySet<long>>(entries.Count);
        return entries.Select(e => AssessEntry(e, ordered, shingles, year)).ToList();
    }

    /// <summary>Assesses the one entry <paramref name="activityId"/> among the person's <paramref name="entries"/>; null when it is not among them.</summary>
    public static EntryAssessment? AssessOne(int activityId, IReadOnlyList<CriteriaEntry> entries, DatePeriod year)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var entry = entries.FirstOrDefault(e => e.ActivityId == activityId);
        if (entry is null)
        {
            return null;
        }

        return AssessEntry(entry, InComparisonOrder(entries), new Dictionary<int, IReadOnlySet<long>>(entries.Count), year);
    }

    /// <summary>
    /// An entry's assessment from what <see cref="StoredEntryAssessment"/> keeps (docs/adr/0039): the same results and
    /// wording as <see cref="Assess"/> gives from the writing. <paramref name="copy"/> is the earlier entry the stored
    /// match names (its id, current title and date, and the stored similarity), or null.
    /// </summary>
    public static EntryAssessment FromStored(
        int activityId, string title, DateOnly date, ActivityStatus status, int learntWords, int impactWords, int reflectionWords, NearCopyMatch? copy, DatePeriod year) =>
        Build(activityId, title, date, status, learntWords, impactWords, reflectionWords, copy, year);

    /// <summary>The words of the practitioner's own answer (a course completion's placeholder has none): what the written criteria count.</summary>
    public static int AnswerWords(string? answer) => WordCount(Answer(answer));

    /// <summary>
    /// The order the near-copy search walks the candidates in: oldest first (date, then id), so of equally alike
    /// earlier entries the earliest is the one named, whatever order the entries were read in.
    /// </summary>
    public static IReadOnlyList<CriteriaEntry> InComparisonOrder(IEnumerable<CriteriaEntry> entries) =>
        entries.OrderBy(e => e.Date).ThenBy(e => e.ActivityId).ToList();

    /// <summary>
    /// The most alike earlier completed entry at or above the threshold among <paramref name="ordered"/> (in
    /// <see cref="InComparisonOrder"/>), looking back no further than <paramref name="from"/>; earlier means an earlier
    /// date, or the same date and a lower id, so of two copies exactly one (the later) is the near-copy. Of equally
    /// alike entries the earliest is named. <paramref name="shingles"/> caches each entry's shingles by id.
    /// </summary>
    public static NearCopyMatch? NearCopyOf(CriteriaEntry entry, IReadOnlyList<CriteriaEntry> ordered, DateOnly from, Dictionary<int, IReadOnlySet<long>> shingles)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(ordered);
        ArgumentNullException.ThrowIfNull(shingles);
        NearCopyMatch? best = null;
        IReadOnlySet<long>? mine = null;
        foreach (var other in ordered)
        {
            var earlier = other.Date < entry.Date || (other.Date == entry.Date && other.ActivityId < entry.ActivityId);
            if (!earlier)
            {
                break;
            }

            if (other.Date < from || other.Status != ActivityStatus.Complete)
            {
                continue;
            }

            // Two exact shortcuts keep a person with many entries from paying every pair in full (the comparison is
            // pairwise, so its cost grows with the square of the entries): sets whose sizes alone keep the
            // similarity below the threshold are not compared, and nothing can beat an identical earlier entry.
            mine ??= ShinglesOf(entry, shingles);
            if (mine.Count == 0)
            {
                return null;
            }

            var theirs = ShinglesOf(other, shingles);
            if (!NearCopies.CouldBeNearCopies(mine.Count, theirs.Count))
            {
                continue;
            }

            var similarity = NearCopies.Similarity(mine, theirs);
            if (NearCopies.IsNearCopy(similarity) && (best is null || similarity > best.Similarity))
            {
                best = new NearCopyMatch(other.ActivityId, other.Title, other.Date, similarity);
                if (similarity >= 1.0)
                {
                    break;
                }
            }
        }

        return best;
    }

    /// <summary>The words in <paramref name="text"/> (runs of letters or digits, any script).</summary>
    public static int WordCount(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }

    /// <summary>
    /// The text compared for near-copies: the four written answers (not the title: a yearly refresher keeps its name).
    /// An entry with none of its own answers (learnt, impact, reflection) has no writing to compare: a course
    /// completion not yet edited carries only the portal's own description, which is alike for every course.
    /// </summary>
    public static string Writing(CriteriaEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var learnt = Answer(entry.WhatLearnt);
        var impact = Answer(entry.Impact);
        if (string.IsNullOrWhiteSpace(learnt) && string.IsNullOrWhiteSpace(impact) && string.IsNullOrWhiteSpace(entry.PeerReflection))
        {
            return string.Empty;
        }

        return string.Join("\n", entry.Description, learnt, impact, entry.PeerReflection);
    }

    private static EntryAssessment AssessEntry(CriteriaEntry entry, IReadOnlyList<CriteriaEntry> ordered, Dictionary<int, IReadOnlySet<long>> shingles, DatePeriod year)
    {
        // The entries given are the whole span compared (this registration year and the one before): no lower bound.
        var copyOf = NearCopyOf(entry, ordered, DateOnly.MinValue, shingles);
        return Build(entry.ActivityId, entry.Title, entry.Date, entry.Status, AnswerWords(entry.WhatLearnt), AnswerWords(entry.Impact), AnswerWords(entry.PeerReflection), copyOf, year);
    }

    private static EntryAssessment Build(
        int activityId, string title, DateOnly date, ActivityStatus status, int learntWords, int impactWords, int reflectionWords, NearCopyMatch? copyOf, DatePeriod year)
    {
        var results = new List<CriterionResult>
        {
            Result(RegistrationCriterion.Completed, status == ActivityStatus.Complete, "Mark it complete: drafts do not count"),
            Result(RegistrationCriterion.DatedInYear, year.Contains(date), $"It is dated outside the registration year {Day(year.Start)} to {Day(year.End)}: only CPD dated in the year counts"),
            Written(RegistrationCriterion.WhatLearnt, learntWords, "Say what you learnt"),
            Written(RegistrationCriterion.ImpactOnPractice, impactWords, "Say what difference it made to your practice"),
            Written(RegistrationCriterion.ImpactOnPeople, impactWords, "Say what difference it made to the children and families you support"),
            Written(RegistrationCriterion.PeerReflection, reflectionWords, "Add what you learnt from discussing it with a peer"),
            Result(
                RegistrationCriterion.NotANearCopy,
                copyOf is null,
                copyOf is null ? null : $"Its writing is a near-copy of \"{copyOf.Title}\" ({Day(copyOf.Date)}): write this entry afresh"),
        };
        return new EntryAssessment(activityId, title, date, results, copyOf);
    }

    private static IReadOnlySet<long> ShinglesOf(CriteriaEntry entry, Dictionary<int, IReadOnlySet<long>> shingles)
    {
        if (!shingles.TryGetValue(entry.ActivityId, out var set))
        {
            set = NearCopies.Shingles(Writing(entry));
            shingles[entry.ActivityId] = set;
        }

        return set;
    }

    /// <summary>The practitioner's own answer: null for a course completion's placeholder.</summary>
    private static string? Answer(string? text) =>
        text is not null && CompletionPlaceholders.Contains(text.Trim(), StringComparer.Ordinal) ? null : text;

    private static CriterionResult Written(RegistrationCriterion criterion, int words, string toDo)
    {
        return words >= MinimumWords
            ? new CriterionResult(criterion, true, null)
            : new CriterionResult(criterion, false, words == 0 ? toDo : $"{toDo} in at least {MinimumWords} words");
    }

    private static CriterionResult Result(RegistrationCriterion criterion, bool met, string? toDo) => new(criterion, met, met ? null : toDo);

    private static string Day(DateOnly date) => date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
}
