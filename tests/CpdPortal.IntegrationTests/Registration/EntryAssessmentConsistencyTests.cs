using System.Globalization;
using System.Net;
using CpdPortal.Application.Common;
using CpdPortal.Application.Registration;
using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Imports;
using CpdPortal.Domain.Registration;
using CpdPortal.Infrastructure.Persistence;
using CpdPortal.Infrastructure.Seeding;
using CpdPortal.IntegrationTests.Activities;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Registration;

/// <summary>
/// The stored entry assessments (docs/adr/0039) equal a recomputation from the entries' writing after every kind of
/// write: the demo seed, the entry form (a copy of an earlier entry created, the earlier entry rewritten, moved and
/// deleted), a draft completed, an imported completion, a change of the registration year (the pages fall back to the
/// writing until the rebuild) and the rebuild itself. Two checks each time: every stored row equals
/// <see cref="StoredEntryAssessment.For"/> over the person's entries, and every person's assessments of this
/// registration year read from the stored rows equal <see cref="RegistrationCriteria.Assess"/> over the writing of the
/// year and the one before (what the pages computed before), criterion by criterion, wording and copy included.
/// </summary>
public sealed class EntryAssessmentConsistencyTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    // One test at a time in this class: one test changes the registration year everyone's rows depend on.
    private static readonly SemaphoreSlim Gate = new(1, 1);

    private const string OriginalWriting =
        "We practised direct work with teenagers using life story methods and the worker's own genogram of the family. ";

    [Fact]
    public async Task DemoSeed_EveryStoredAssessment_EqualsARecomputationFromTheWriting()
    {
        await Gate.WaitAsync();
        try
        {
            // Act: nothing; the start-up seed wrote the entries through the portal's context.
            var rows = await AssertConsistentAsync();

            // Assert
            Assert.NotEmpty(rows);
        }
        finally
        {
            Gate.Release();
        }
    }

    [Fact]
    public async Task EntryForms_AddedOnTheSameDayThenAnEarlierDay_OnlyLaterEntriesChangeAndTheStoredAssessmentsStayEqual()
    {
        await Gate.WaitAsync();
        try
        {
            // Arrange: two entries of the same writing on one day; the second is the near-copy of the first
            using var client = factory.CreateClientFor(DemoAccounts.Sam);
            var workshop = await factory.MethodIdAsync(CpdMethods.Workshop);
            const string writing = "We rehearsed a return home interview with a young person missing from care and the questions that open up. ";
            foreach (var title in new[] { "Same day first", "Same day second" })
            {
                using var created = await client.SubmitAsync(ActivityTestData.NewPath, Form(workshop, title, new DateOnly(2026, 5, 12), writing));
                Assert.Equal(HttpStatusCode.Found, created.StatusCode);
            }

            var first = await factory.ActivityIdAsync(DemoAccounts.Sam, "Same day first");
            var second = await factory.ActivityIdAsync(DemoAccounts.Sam, "Same day second");
            await AssertConsistentAsync();
            Assert.Null((await StoredAsync(first))!.NearCopyOfId);
            Assert.Equal(first, (await StoredAsync(second))!.NearCopyOfId);

            // Act: the same writing added on an earlier day (an added entry is compared with, and can change, only the entries after it)
            using (var created = await client.SubmitAsync(ActivityTestData.NewPath, Form(workshop, "Earlier day", new DateOnly(2026, 5, 5), writing)))
            {
                Assert.Equal(HttpStatusCode.Found, created.StatusCode);
            }

            // Assert: both later entries now name the earliest as their original
            var earlier = await factory.ActivityIdAsync(DemoAccounts.Sam, "Earlier day");
            await AssertConsistentAsync();
            Assert.Equal(earlier, (await StoredAsync(first))!.NearCopyOfId);
            Assert.Equal(earlier, (await StoredAsync(second))!.NearCopyOfId);
        }
        finally
        {
            Gate.Release();
        }
    }

    [Fact]
    public async Task EntryForms_ACopyThenTheOriginalRewrittenMovedAndDeleted_KeepTheStoredAssessmentsEqual()
    {
        await Gate.WaitAsync();
        try
        {
            // Arrange: an original and a later copy of its writing, through the form
            using var client = factory.CreateClientFor(DemoAccounts.Sam);
            var workshop = await factory.MethodIdAsync(CpdMethods.Workshop);
            var original = Form(workshop, "Consistency original", new DateOnly(2026, 3, 2), OriginalWriting);
            using (var created = await client.SubmitAsync(ActivityTestData.NewPath, original))
            {
                Assert.Equal(HttpStatusCode.Found, created.StatusCode);
            }

            var originalId = await factory.ActivityIdAsync(DemoAccounts.Sam, "Consistency original");
            using (var created = await client.SubmitAsync(ActivityTestData.NewPath, Form(workshop, "Consistency copy", new DateOnly(2026, 6, 9), OriginalWriting)))
            {
                Assert.Equal(HttpStatusCode.Found, created.StatusCode);
            }

            var copyId = await factory.ActivityIdAsync(DemoAccounts.Sam, "Consistency copy");

            // Assert: the copy names the original
            await AssertConsistentAsync();
            Assert.Equal(originalId, (await StoredAsync(copyId))!.NearCopyOfId);

            // Act: the original rewritten afresh (an edit of an EARLIER entry re-assesses the later one)
            original["WhatLearnt"] = "Entirely different learning about chairing a child protection conference with parents present and hostile.";
            original["Impact"] = "I now prepare parents beforehand, share the report two days ahead and plan breaks with the chair.";
            original["Description"] = "A day on conference chairing.";
            using (var edited = await client.SubmitAsync($"/my/activities/{originalId}/edit", original))
            {
                Assert.Equal(HttpStatusCode.Found, edited.StatusCode);
            }

            // Assert
            await AssertConsistentAsync();
            Assert.Null((await StoredAsync(copyId))!.NearCopyOfId);

            // Act: the original's writing restored and it is moved after the copy (the copy becomes the original)
            original = Form(workshop, "Consistency original", new DateOnly(2026, 8, 30), OriginalWriting);
            using (var edited = await client.SubmitAsync($"/my/activities/{originalId}/edit", original))
            {
                Assert.Equal(HttpStatusCode.Found, edited.StatusCode);
            }

            // Assert
            await AssertConsistentAsync();
            Assert.Null((await StoredAsync(copyId))!.NearCopyOfId);
            Assert.Equal(copyId, (await StoredAsync(originalId))!.NearCopyOfId);

            // Act: the copy (now the earlier) deleted
            using (var deleted = await client.SubmitAsync($"/my/activities/{copyId}/delete", []))
            {
                Assert.Equal(HttpStatusCode.Found, deleted.StatusCode);
            }

            // Assert: its row is gone and the later entry is no copy any more
            await AssertConsistentAsync();
            Assert.Null(await StoredAsync(copyId));
            Assert.Null((await StoredAsync(originalId))!.NearCopyOfId);
        }
        finally
        {
            Gate.Release();
        }
    }

    [Fact]
    public async Task DraftCompleted_AndAnImportedCompletion_KeepTheStoredAssessmentsEqual()
    {
        await Gate.WaitAsync();
        try
        {
            // Arrange: Jo's draft repeating an earlier completed entry (a draft can copy; only a completed entry can be copied)
            var jo = await ActivityTestData.StaffIdAsync(factory, DemoAccounts.Jo);
            var workshop = await factory.MethodIdAsync(CpdMethods.Workshop);
            var now = factory.Clock.GetUtcNow();
            var today = new DateOnly(2026, 11, 22);
            ActivityDetails Details(string title, DateOnly date, ActivityStatus status) =>
                new(workshop, title, date, null, 2m, OriginalWriting, OriginalWriting + "Learnt.", OriginalWriting + "Impact.", null, null, false, status, []);
            var (draft, later) = await factory.WithDbAsync(async db =>
            {
                var a = CpdActivity.Record(jo, Details("Consistency draft", new DateOnly(2026, 2, 2), ActivityStatus.Draft), today, now);
                var b = CpdActivity.Record(jo, Details("Consistency later", new DateOnly(2026, 5, 5), ActivityStatus.Complete), today, now);
                db.CpdActivities.AddRange(a, b);
                await db.SaveChangesAsync();
                return (a.Id, b.Id);
            });
            await AssertConsistentAsync();
            Assert.Null((await StoredAsync(later))!.NearCopyOfId);

            // Act: the draft completed (a status change of an earlier entry)
            await factory.WithDbAsync(async db =>
            {
                var activity = await db.CpdActivities.SingleAsync(a => a.Id == draft);
                activity.Update(Details("Consistency draft", new DateOnly(2026, 2, 2), ActivityStatus.Complete), today, now);
                return await db.SaveChangesAsync();
            });

            // Assert
            await AssertConsistentAsync();
            Assert.Equal(draft, (await StoredAsync(later))!.NearCopyOfId);

            // Act: a completion imported from a provider's records (the import adds its entry through the context)
            var course = await factory.WithDbAsync(db => db.Courses.Select(c => c.Id).FirstAsync());
            await factory.WithDbAsync(async db =>
            {
                db.ExternalCompletions.Add(ExternalCompletion.Record(jo, course, "Imported for the criteria", "Provider", workshop, new DateOnly(2026, 9, 9), 3.7m, true, [], today, now));
                return await db.SaveChangesAsync();
            });

            // Assert
            await AssertConsistentAsync();
        }
        finally
        {
            Gate.Release();
        }
    }

    [Fact]
    public async Task RegistrationYearMoved_ThePagesAssessFromTheWriting_AndTheRebuildMakesTheRowsStandAgain()
    {
        await Gate.WaitAsync();
        try
        {
            var original = await factory.WithDbAsync(db => db.Settings.AsNoTracking().SingleAsync());
            try
            {
                // Act: the registration year starts on 1 April
                await ChangeRegistrationYearAsync(4, 1);

                // Assert: the stored rows of this year cannot stand, yet what the pages show still equals the writing's
                var (usable, _) = await CompareWithTheWritingAsync();
                Assert.False(usable);

                // Act: the rebuild command's code
                var rows = await factory.WithDbAsync(db => new LearningYearSummaryRebuilder(db).RebuildAsync(SummaryTables.EntryAssessments, null));

                // Assert
                var stored = await AssertConsistentAsync();
                Assert.Equal(stored.Count, rows);
            }
            finally
            {
                await ChangeRegistrationYearAsync(original.RegistrationYearStartMonth, original.RegistrationYearStartDay);
                await factory.WithDbAsync(db => new LearningYearSummaryRebuilder(db).RebuildAsync(SummaryTables.EntryAssessments, null));
            }

            await AssertConsistentAsync();
        }
        finally
        {
            Gate.Release();
        }

        Task ChangeRegistrationYearAsync(int month, int day) => factory.WithDbAsync(async db =>
        {
            var settings = await db.Settings.SingleAsync();
            settings.ChangeRegistrationRule(month, day, settings.RegistrationMinimumEntries, settings.RegistrationPeerReflectionRequired);
            return await db.SaveChangesAsync();
        });
    }

    [Fact]
    public async Task EntryAssessmentsEmptied_TheRebuildOfEmptyTablesFillsThem_EqualToTheWriting()
    {
        await Gate.WaitAsync();
        try
        {
            // Arrange: a database from before the stored assessments (migrated: the table is there, empty)
            var (tables, rows) = await factory.WithDbAsync(async db =>
            {
                await db.EntryAssessments.ExecuteDeleteAsync();
                var rebuilder = new LearningYearSummaryRebuilder(db);
                var empty = await rebuilder.EmptyAsync();

                // Act: what rebuild-summaries --if-empty does
                return (empty, await rebuilder.RebuildAsync(empty, null));
            });

            // Assert
            Assert.Equal(SummaryTables.EntryAssessments, tables);
            var stored = await AssertConsistentAsync();
            Assert.Equal(stored.Count, rows);
        }
        finally
        {
            Gate.Release();
        }
    }

    private static Dictionary<string, string> Form(int method, string title, DateOnly date, string writing)
    {
        var form = ActivityTestData.ValidForm(method, date);
        form["Title"] = title;
        form["Description"] = writing;
        form["WhatLearnt"] = writing + "What I learnt from it.";
        form["Impact"] = writing + "What changed in visits.";
        return form;
    }

    private Task<StoredEntryAssessment?> StoredAsync(int activityId) =>
        factory.WithDbAsync(db => db.EntryAssessments.AsNoTracking().SingleOrDefaultAsync(a => a.ActivityId == activityId));

    /// <summary>Both checks; returns the stored rows.</summary>
    private async Task<List<StoredEntryAssessment>> AssertConsistentAsync()
    {
        var (stored, expected) = await factory.WithDbAsync(async db =>
        {
            var policy = (await db.Settings.AsNoTracking().SingleAsync()).RegistrationRule.Year;
            var entries = await db.CpdActivities
                .Select(a => new { a.StaffMemberId, Entry = new CriteriaEntry(a.Id, a.Title, a.Date, a.Status, a.Description, a.WhatLearnt, a.Impact, a.PeerReflection) })
                .ToListAsync();
            var recomputed = entries
                .GroupBy(e => e.StaffMemberId)
                .SelectMany(p => StoredEntryAssessment.For(p.Key, [.. p.Select(e => e.Entry)], p.Select(e => e.Entry.ActivityId).ToHashSet(), policy))
                .ToList();
            return (await db.EntryAssessments.AsNoTracking().ToListAsync(), recomputed);
        });
        Assert.Equal(expected.Select(Text).Order(StringComparer.Ordinal), stored.Select(Text).Order(StringComparer.Ordinal));

        var (usable, _) = await CompareWithTheWritingAsync();
        Assert.True(usable);
        return stored;
    }

    /// <summary>
    /// For every person with entries: the registration year's assessments as the pages read them (stored rows, or the
    /// writing when they cannot stand) equal <see cref="RegistrationCriteria.Assess"/> over the writing. Returns whether
    /// every person's stored rows could stand.
    /// </summary>
    private async Task<(bool Usable, int People)> CompareWithTheWritingAsync() => await factory.WithDbAsync(async db =>
    {
        var today = factory.Clock.UkToday();
        var year = (await db.Settings.AsNoTracking().SingleAsync()).RegistrationRule.Year.PeriodContaining(today);
        var from = year.Previous().Start;
        var people = await db.CpdActivities.Select(a => a.StaffMemberId).Distinct().ToListAsync();
        var usable = true;
        foreach (var person in people)
        {
            var rows = await StoredCriteria.Rows(db, db.CpdActivities.Where(a => a.StaffMemberId == person && a.Date >= year.Start && a.Date <= year.End)).ToListAsync();
            usable &= StoredCriteria.Assess(rows, year) is not null;
            var read = await StoredCriteria.InYearAsync(db, person, year, CancellationToken.None);
            var writing = await db.CpdActivities
                .Where(a => a.StaffMemberId == person && a.Date >= from && a.Date <= year.End)
                .Select(a => new CriteriaEntry(a.Id, a.Title, a.Date, a.Status, a.Description, a.WhatLearnt, a.Impact, a.PeerReflection))
                .ToListAsync();
            var expected = RegistrationCriteria.Assess(writing, year).Where(a => year.Contains(a.Date));
            Assert.Equal(expected.Select(Text).Order(StringComparer.Ordinal), read.Select(Text).Order(StringComparer.Ordinal));
        }

        return (usable, people.Count);
    });

    private static string Text(StoredEntryAssessment a) => string.Create(
        CultureInfo.InvariantCulture,
        $"{a.ActivityId} {a.StaffMemberId} {a.LearntWords} {a.ImpactWords} {a.ReflectionWords} {a.ComparedFrom:yyyy-MM-dd} {a.NearCopyOfId} {a.NearCopySimilarity:R}");

    private static string Text(EntryAssessment a) => string.Create(
        CultureInfo.InvariantCulture,
        $"{a.ActivityId} {a.Title} {a.Date:yyyy-MM-dd} [{string.Join("; ", a.Results.Select(r => $"{r.Criterion} {r.Met} {r.ToDo}"))}] {a.NearCopyOf?.ActivityId} {a.NearCopyOf?.Title} {a.NearCopyOf?.Date:yyyy-MM-dd} {a.NearCopyOf?.Similarity:R} {a.Counts}");
}
