using System.Globalization;
using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Registration;
using CpdPortal.Domain.Settings;

namespace CpdPortal.Domain.Tests.Registration;

/// <summary>
/// The stored assessment (docs/adr/0039) gives exactly what <see cref="RegistrationCriteria.Assess"/> gives from the
/// writing for every entry of the registration year: the same criteria, wording and copy.
/// </summary>
public class StoredEntryAssessmentTests
{
    private static readonly LearningYearPolicy Policy = new PortalSettings().RegistrationRule.Year;
    private static readonly DatePeriod Year = new(new DateOnly(2025, 12, 1), new DateOnly(2026, 11, 30));

    private const string Writing = "I learnt to write danger statements and safety goals in words a parent can understand, and used them.";
    private const string Other = "Chairing a conference with hostile parents present taught me to prepare them and share reports two days ahead.";

    private static CriteriaEntry Entry(int id, DateOnly date, string? learnt, string? impact = Writing, string? peer = null, ActivityStatus status = ActivityStatus.Complete, string title = "Entry") =>
        new(id, title + " " + id.ToString(CultureInfo.InvariantCulture), date, status, "Description of the course.", learnt, impact, peer);

    /// <summary>Last year's and this year's entries: copies, a draft original, placeholders, short answers, a copy of last year's.</summary>
    private static List<CriteriaEntry> Entries() =>
    [
        Entry(1, new DateOnly(2025, 1, 10), Writing),
        Entry(2, new DateOnly(2025, 6, 1), Other, Other, "Discussed with a peer who had chaired many conferences over the years."),
        Entry(3, new DateOnly(2026, 1, 5), Writing),
        Entry(4, new DateOnly(2026, 2, 5), Other, Other),
        Entry(5, new DateOnly(2026, 2, 5), "Too short.", "Also short."),
        Entry(6, new DateOnly(2026, 3, 1), Writing, status: ActivityStatus.Draft),
        Entry(7, new DateOnly(2026, 4, 1), RegistrationCriteria.CompletionPlaceholders[0], RegistrationCriteria.CompletionPlaceholders[1]),
        Entry(9, new DateOnly(2026, 4, 1), Writing + " With one more sentence about what changed in my visits."),
        Entry(8, new DateOnly(2026, 4, 1), Writing, peer: "Too short a reflection."),
        Entry(10, new DateOnly(2026, 12, 3), Writing),
    ];

    [Fact]
    public void For_EveryEntryOfTheYear_FromStoredEqualsAssessFromTheWriting()
    {
        // Arrange
        var all = Entries();
        var window = all.Where(e => e.Date >= Year.Previous().Start && e.Date <= Year.End).ToList();
        var expected = RegistrationCriteria.Assess(window, Year).Where(a => Year.Contains(a.Date)).ToList();

        // Act: the rows as the upkeep writes them, read back as the pages read them
        var rows = StoredEntryAssessment.For(42, all, all.Select(e => e.ActivityId).ToHashSet(), Policy);
        var read = rows
            .Select(r => (Row: r, Entry: all.Single(e => e.ActivityId == r.ActivityId)))
            .Where(x => Year.Contains(x.Entry.Date))
            .Select(x => FromStored(x.Row, x.Entry, all))
            .ToList();

        // Assert
        Assert.Equal(7, expected.Count);
        Assert.Equal(expected.Select(Text).Order(StringComparer.Ordinal), read.Select(Text).Order(StringComparer.Ordinal));
        Assert.Contains(expected, a => a.NearCopyOf is { ActivityId: 1 } && a.ActivityId == 3);
        Assert.All(rows.Where(r => Year.Contains(all.Single(e => e.ActivityId == r.ActivityId).Date)), r => Assert.True(StoredEntryAssessment.Current(r.ComparedFrom, Year)));
    }

    [Fact]
    public void For_AnEntryOfLastYear_LooksBackToTheYearBeforeItsOwn()
    {
        // Arrange: entry 2 (June 2025) repeats an entry of November 2024, which this year's pages never read
        var all = new List<CriteriaEntry> { Entry(1, new DateOnly(2024, 11, 1), Writing), Entry(2, new DateOnly(2025, 6, 1), Writing) };

        // Act
        var rows = StoredEntryAssessment.For(42, all, [2], Policy);

        // Assert: kept for its own registration year (December 2024 to November 2025), so not current for this year
        var row = Assert.Single(rows);
        Assert.Equal(new DateOnly(2023, 12, 1), row.ComparedFrom);
        Assert.Equal(1, row.NearCopyOfId);
        Assert.False(StoredEntryAssessment.Current(row.ComparedFrom, Year));
    }

    [Fact]
    public void Assess_TwoEquallyAlikeEarlierEntries_NamesTheEarliestWhateverTheOrderListed()
    {
        // Arrange: entries 1 and 2 are the same writing; 3 repeats both equally
        var entries = new List<CriteriaEntry>
        {
            Entry(3, new DateOnly(2026, 5, 1), Writing),
            Entry(2, new DateOnly(2026, 2, 1), Writing + " Extra words here to differ."),
            Entry(1, new DateOnly(2026, 1, 1), Writing + " Extra words here to differ."),
        };

        // Act
        var listedNewestFirst = RegistrationCriteria.Assess(entries, Year).Single(a => a.ActivityId == 3);
        var listedOldestFirst = RegistrationCriteria.Assess([.. entries.AsEnumerable().Reverse()], Year).Single(a => a.ActivityId == 3);

        // Assert
        Assert.Equal(1, listedNewestFirst.NearCopyOf!.ActivityId);
        Assert.Equal(1, listedOldestFirst.NearCopyOf!.ActivityId);
    }

    private static EntryAssessment FromStored(StoredEntryAssessment row, CriteriaEntry entry, List<CriteriaEntry> all)
    {
        var copy = row.NearCopyOfId is { } id
            ? new NearCopyMatch(id, all.Single(e => e.ActivityId == id).Title, all.Single(e => e.ActivityId == id).Date, row.NearCopySimilarity!.Value)
            : null;
        return RegistrationCriteria.FromStored(entry.ActivityId, entry.Title, entry.Date, entry.Status, row.LearntWords, row.ImpactWords, row.ReflectionWords, copy, Year);
    }

    private static string Text(EntryAssessment a) => string.Create(
        CultureInfo.InvariantCulture,
        $"{a.ActivityId} {a.Title} {a.Date:yyyy-MM-dd} [{string.Join("; ", a.Results.Select(r => $"{r.Criterion} {r.Met} {r.ToDo}"))}] {a.NearCopyOf?.ActivityId} {a.NearCopyOf?.Title} {a.NearCopyOf?.Date:yyyy-MM-dd} {a.NearCopyOf?.Similarity:R}");
}
