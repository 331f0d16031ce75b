using System.Net;
using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Competence;
using CpdPortal.Domain.Imports;
using CpdPortal.Domain.Reporting;
using CpdPortal.Infrastructure.Persistence;
using CpdPortal.Infrastructure.Seeding;
using CpdPortal.IntegrationTests.Activities;
using CpdPortal.IntegrationTests.Infrastructure;
using CpdPortal.TestCommon;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.IntegrationTests.Reports;

/// <summary>
/// The learning-year summaries the reports read (docs/adr/0030) equal a recomputation from the raw entries after
/// every kind of write: the demo seed, the entry forms (create, edit across years, delete), completing a draft
/// entry, an imported completion, a team move, a change of the learning year, and the rebuild command's code.
/// The recomputation applies the domain's entitlement rule (<see cref="Entitlement.Calculate"/>) to every entry.
/// The stage history (docs/adr/0036) equals a recomputation from the assessments after self-assessments, validations,
/// a deleted assessment, a team move, a role change, a leaver, retention's anonymisation of notes, a framework
/// version's publication and the rebuild; and on every day an assessment was made its standing period has the stage
/// <see cref="StageHistory.StageOn"/> gives from the raw assessments.
/// </summary>
public sealed class SummaryConsistencyTests(CpdPortalFactory factory) : IClassFixture<CpdPortalFactory>
{
    // One test at a time in this class: the learning-year test changes a setting everyone's summaries depend on.
    private static readonly SemaphoreSlim Gate = new(1, 1);

    [Fact]
    public async Task DemoSeed_EverySummary_EqualsARecomputationFromTheEntries()
    {
        await Gate.WaitAsync();
        try
        {
            // Act: nothing; the start-up seed wrote the entries through the portal's context.
            var (stored, expected) = await StoredAndExpectedAsync();

            // Assert
            Assert.NotEmpty(expected);
            AssertSame(expected, stored);
        }
        finally
        {
            Gate.Release();
        }
    }

    [Fact]
    public async Task EntryForms_CreateEditAcrossYearsAndDelete_KeepTheSummariesEqualToTheEntries()
    {
        await Gate.WaitAsync();
        try
        {
            // Arrange
            using var client = factory.CreateClientFor(DemoAccounts.Sam);
            var sam = await ActivityTestData.StaffIdAsync(factory, DemoAccounts.Sam);
            var workshop = await factory.MethodIdAsync(CpdMethods.Workshop);
            var form = ActivityTestData.ValidForm(workshop, new DateOnly(2026, 10, 5));
            form["Title"] = "Summary upkeep workshop";
            form["Hours"] = "6.5";
            var thisYear = new DateOnly(2026, 4, 1);
            var lastYear = new DateOnly(2025, 4, 1);
            var before = await HoursAsync(sam, thisYear);
            var beforeLastYear = await HoursAsync(sam, lastYear);

            // Act: create
            using (var created = await client.SubmitAsync(ActivityTestData.NewPath, form))
            {
                Assert.Equal(HttpStatusCode.Found, created.StatusCode);
            }

            var id = await factory.ActivityIdAsync(DemoAccounts.Sam, "Summary upkeep workshop");

            // Assert
            Assert.Equal(before + 6.5m, await HoursAsync(sam, thisYear));
            await AssertConsistentAsync();

            // Act: edit, moving it into the previous learning year with other hours
            form["Date.Year"] = "2025";
            form["Date.Month"] = "12";
            form["Hours"] = "3";
            using (var edited = await client.SubmitAsync($"/my/activities/{id}/edit", form))
            {
                Assert.Equal(HttpStatusCode.Found, edited.StatusCode);
            }

            // Assert: gone from this year, counted in last year
            Assert.Equal(before, await HoursAsync(sam, thisYear));
            Assert.Equal(beforeLastYear + 3m, await HoursAsync(sam, lastYear));
            await AssertConsistentAsync();

            // Act: delete
            using (var deleted = await client.SubmitAsync($"/my/activities/{id}/delete", []))
            {
                Assert.Equal(HttpStatusCode.Found, deleted.StatusCode);
            }

            // Assert
            Assert.Equal(beforeLastYear, await HoursAsync(sam, lastYear));
            await AssertConsistentAsync();
        }
        finally
        {
            Gate.Release();
        }
    }

    [Fact]
    public async Task EntryForms_EightSavesForOnePersonAtOnce_AllSaveAndTheSummariesStayEqual()
    {
        await Gate.WaitAsync();
        try
        {
            // Arrange: eight tabs of one person, each with its own form (PostgreSQL refused all but one with a
            // duplicate summary key before the upkeep locked the person's row).
            var sam = await ActivityTestData.StaffIdAsync(factory, DemoAccounts.Sam);
            var workshop = await factory.MethodIdAsync(CpdMethods.Workshop);
            var thisYear = new DateOnly(2026, 4, 1);
            var before = await HoursAsync(sam, thisYear);
            var clients = Enumerable.Range(0, 8).Select(_ => factory.CreateClientFor(DemoAccounts.Sam)).ToList();

            // Act
            var responses = await Task.WhenAll(clients.Select((client, i) =>
            {
                var form = ActivityTestData.ValidForm(workshop, new DateOnly(2026, 10, 6));
                form["Title"] = $"Concurrent upkeep {i}";
                form["Hours"] = "1";
                return client.SubmitAsync(ActivityTestData.NewPath, form);
            }));

            // Assert
            Assert.All(responses, r => Assert.Equal(HttpStatusCode.Found, r.StatusCode));
            Assert.Equal(before + 8m, await HoursAsync(sam, thisYear));
            await AssertConsistentAsync();
            foreach (var response in responses)
            {
                response.Dispose();
            }

            clients.ForEach(c => c.Dispose());
        }
        finally
        {
            Gate.Release();
        }
    }

    [Fact]
    public async Task DraftEntryCompleted_AndAnImportedCompletion_AreCountedInTheSummary()
    {
        await Gate.WaitAsync();
        try
        {
            // Arrange: a draft entry, which the entitlement does not count
            var jo = await ActivityTestData.StaffIdAsync(factory, DemoAccounts.Jo);
            var workshop = await factory.MethodIdAsync(CpdMethods.Workshop);
            var year = new DateOnly(2026, 4, 1);
            var before = await HoursAsync(jo, year);
            var now = factory.Clock.GetUtcNow();
            var today = new DateOnly(2026, 11, 22);
            ActivityDetails Details(ActivityStatus status) =>
                new(workshop, "Draft for the summaries", new DateOnly(2026, 11, 2), null, 7.4m, "Why", "What", "Impact", null, null, true, status, []);
            var id = await factory.WithDbAsync(async db =>
            {
                var activity = CpdActivity.Record(jo, Details(ActivityStatus.Draft), today, now);
                db.CpdActivities.Add(activity);
                await db.SaveChangesAsync();
                return activity.Id;
            });
            Assert.Equal(before, await HoursAsync(jo, year));

            // Act: completed
            await factory.WithDbAsync(async db =>
            {
                var activity = await db.CpdActivities.SingleAsync(a => a.Id == id);
                activity.Update(Details(ActivityStatus.Complete), today, now);
                return await db.SaveChangesAsync();
            });

            // Assert
            Assert.Equal(before + 7.4m, await HoursAsync(jo, year));
            await AssertConsistentAsync();

            // Act: a completion imported from a provider's records (the import adds it through the context)
            var course = await factory.WithDbAsync(db => db.Courses.Select(c => c.Id).FirstAsync());
            await factory.WithDbAsync(async db =>
            {
                db.ExternalCompletions.Add(ExternalCompletion.Record(jo, course, "Imported course", "Provider", workshop, new DateOnly(2026, 9, 9), 3.7m, true, [], today, now));
                return await db.SaveChangesAsync();
            });

            // Assert
            Assert.Equal(before + 11.1m, await HoursAsync(jo, year));
            await AssertConsistentAsync();
        }
        finally
        {
            Gate.Release();
        }
    }

    [Fact]
    public async Task TeamMove_NeedsNoUpkeep_TheSummariesStayEqual()
    {
        await Gate.WaitAsync();
        try
        {
            // Arrange
            var sam = await ActivityTestData.StaffIdAsync(factory, DemoAccounts.Sam);

            // Act: Sam moves team and back (the reports join the staff record for team and role)
            foreach (var _ in new[] { 1, 2 })
            {
                await factory.WithDbAsync(async db =>
                {
                    var person = await db.StaffMembers.SingleAsync(s => s.Id == sam);
                    var other = await db.Teams.Where(t => t.Id != person.TeamId).OrderBy(t => t.Id).FirstAsync();
                    person.MoveToTeam(other);
                    return await db.SaveChangesAsync();
                });
            }

            // Assert
            await AssertConsistentAsync();
        }
        finally
        {
            Gate.Release();
        }
    }

    [Fact]
    public async Task LearningYearChanged_EveryoneIsRecomputed_AndTheRebuildGivesTheSameRows()
    {
        await Gate.WaitAsync();
        try
        {
            // Arrange
            var original = await factory.WithDbAsync(db => db.Settings.AsNoTracking().SingleAsync());
            try
            {
                // Act: the learning year starts on 1 September
                await ChangeLearningYearAsync(9, 1);

                // Assert
                var (stored, expected) = await StoredAndExpectedAsync();
                Assert.All(stored, s => Assert.Equal((9, 1), (s.YearStart.Month, s.YearStart.Day)));
                AssertSame(expected, stored);
            }
            finally
            {
                await ChangeLearningYearAsync(original.LearningYearStartMonth, original.LearningYearStartDay);
            }

            await AssertConsistentAsync();

            // Act: the rebuild command's code over an emptied table
            var rows = await factory.WithDbAsync(async db =>
            {
                await db.LearningYearSummaries.ExecuteDeleteAsync();
                return await new LearningYearSummaryRebuilder(db).RebuildAsync(SummaryTables.LearningYears, null);
            });

            // Assert
            var (afterRebuild, recomputed) = await StoredAndExpectedAsync();
            Assert.Equal(recomputed.Count, rows);
            AssertSame(recomputed, afterRebuild);
        }
        finally
        {
            Gate.Release();
        }

        Task ChangeLearningYearAsync(int month, int day) => factory.WithDbAsync(async db =>
        {
            var settings = await db.Settings.SingleAsync();
            settings.ChangeEntitlement(settings.EntitlementDays, settings.WorkingDayHours, month, day);
            return await db.SaveChangesAsync();
        });
    }

    [Fact]
    public async Task DemoSeed_TheStageHistory_EqualsTheAssessments()
    {
        await Gate.WaitAsync();
        try
        {
            // Act: nothing; the start-up seed wrote the assessments through the portal's context.
            var stored = await AssertStagesConsistentAsync();

            // Assert
            Assert.NotEmpty(stored);
        }
        finally
        {
            Gate.Release();
        }
    }

    [Fact]
    public async Task SelfAssessmentValidationAndDelete_KeepTheStageHistoryEqualToTheAssessments()
    {
        await Gate.WaitAsync();
        try
        {
            // Arrange: Sam in an area of a published framework; Alex supervises
            var sam = await ActivityTestData.StaffIdAsync(factory, DemoAccounts.Sam);
            var alex = await ActivityTestData.StaffIdAsync(factory, DemoAccounts.Alex);
            var area = await factory.WithDbAsync(db => db.CompetenceAreas.Where(a => a.Framework!.PublishedOn != null).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());
            var now = factory.Clock.GetUtcNow();

            // Act: a self-assessment at 2 today
            var self = await factory.WithDbAsync(async db =>
            {
                var assessment = StageAssessment.SelfAssess(sam, area, DreyfusStage.AdvancedBeginner, "Evidence for the stage history", now);
                db.StageAssessments.Add(assessment);
                await db.SaveChangesAsync();
                return assessment;
            });

            // Assert
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            Assert.Equal((DreyfusStage.AdvancedBeginner, false), await StandingAsync(sam, area, today));
            await AssertStagesConsistentAsync();

            // Act: Alex validates it at 3
            var validation = await factory.WithDbAsync(async db =>
            {
                var assessment = StageAssessment.Validate(self, alex, DreyfusStage.Competent, "Seen in supervision", now.AddMinutes(5));
                db.StageAssessments.Add(assessment);
                await db.SaveChangesAsync();
                return assessment.Id;
            });

            // Assert
            Assert.Equal((DreyfusStage.Competent, true), await StandingAsync(sam, area, today));
            await AssertStagesConsistentAsync();

            // Act: the validation and then the self-assessment deleted (as an erasure would), tracked deletes
            foreach (var id in new[] { validation, self.Id })
            {
                await factory.WithDbAsync(async db =>
                {
                    db.StageAssessments.Remove(await db.StageAssessments.SingleAsync(a => a.Id == id));
                    return await db.SaveChangesAsync();
                });
                await AssertStagesConsistentAsync();
            }
        }
        finally
        {
            Gate.Release();
        }
    }

    [Fact]
    public async Task TeamRoleLeaverAnonymisationAndPublication_NeedNoUpkeep_TheStageHistoryStaysEqual()
    {
        await Gate.WaitAsync();
        try
        {
            // Arrange
            var jo = await ActivityTestData.StaffIdAsync(factory, DemoAccounts.Jo);
            var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);

            // Act: Jo moves team, changes pathway role, leaves and is reinstated (the report joins the staff record)
            await factory.WithDbAsync(async db =>
            {
                var person = await db.StaffMembers.SingleAsync(s => s.Id == jo);
                person.MoveToTeam(await db.Teams.Where(t => t.Id != person.TeamId).OrderBy(t => t.Id).FirstAsync());
                person.PlaceOnPathway(await db.PathwayRoles.Where(r => r.Id != person.PathwayRoleId).OrderBy(r => r.Id).FirstAsync());
                person.MarkAsLeaver(today);
                return await db.SaveChangesAsync();
            });
            await AssertStagesConsistentAsync();
            await factory.WithDbAsync(async db =>
            {
                (await db.StaffMembers.SingleAsync(s => s.Id == jo)).Reinstate();
                return await db.SaveChangesAsync();
            });
            await AssertStagesConsistentAsync();

            // Act: retention's anonymisation clears the notes of the assessments with a bulk update (no stage changes)
            await factory.WithDbAsync(db => db.StageAssessments.Where(a => a.StaffMemberId == jo).ExecuteUpdateAsync(u => u.SetProperty(a => a.Note, (string?)null)));
            await AssertStagesConsistentAsync();

            // Act: a new version of a framework is published (its areas are new; assessments keep their areas)
            await factory.WithDbAsync(async db =>
            {
                var current = await db.CompetenceFrameworks.Include(f => f.Areas)
                    .Where(f => f.PublishedOn != null && f.SupersededOn == null).OrderBy(f => f.Id).FirstAsync();
                var latest = await db.CompetenceFrameworks.Where(f => f.Code == current.Code).MaxAsync(f => f.Version);
                var draft = current.NewVersion(latest + 1);
                db.CompetenceFrameworks.Add(draft);
                draft.PublishVersion(today, current);
                return await db.SaveChangesAsync();
            });

            // Assert
            await AssertStagesConsistentAsync();
        }
        finally
        {
            Gate.Release();
        }
    }

    [Fact]
    public async Task StageHistoryEmptied_TheRebuildOfEmptyTablesFillsIt_EqualToTheAssessments()
    {
        await Gate.WaitAsync();
        try
        {
            // Arrange: a database from before the stage history (migrated: the table is there, empty)
            var (tables, rows) = await factory.WithDbAsync(async db =>
            {
                await db.StagePeriods.ExecuteDeleteAsync();
                var rebuilder = new LearningYearSummaryRebuilder(db);
                var empty = await rebuilder.EmptyAsync();

                // Act: what rebuild-summaries --if-empty does
                return (empty, await rebuilder.RebuildAsync(empty, null));
            });

            // Assert: only the stage history was empty, and only it was rebuilt
            Assert.Equal(SummaryTables.Stages, tables);
            var stored = await AssertStagesConsistentAsync();
            Assert.Equal(stored.Count, rows);
            Assert.Equal(SummaryTables.None, await factory.WithDbAsync(db => new LearningYearSummaryRebuilder(db).EmptyAsync()));
        }
        finally
        {
            Gate.Release();
        }
    }

    private async Task<(DreyfusStage, bool)?> StandingAsync(int staffMemberId, int areaId, DateOnly day)
    {
        var standing = await factory.WithDbAsync(db => db.StagePeriods
            .Where(p => p.StaffMemberId == staffMemberId && p.AreaId == areaId && p.From <= day && p.Until > day)
            .Select(p => new { p.Stage, p.Validated })
            .ToListAsync());
        return standing.Count == 0 ? null : (standing.Single().Stage, standing.Single().Validated);
    }

    /// <summary>
    /// The stored stage history equals <see cref="StagePeriod.Periods"/> over every assessment; and, independently of
    /// that code, on each day someone was assessed in an area (and the day before the first), the period standing has
    /// the stage <see cref="StageHistory.StageOn"/> gives at the end of that day (none before the first), validated
    /// exactly when a validation had been made by then.
    /// </summary>
    private Task<List<StagePeriod>> AssertStagesConsistentAsync() => factory.WithDbAsync(async db =>
    {
        var stored = await db.StagePeriods.AsNoTracking().ToListAsync();
        var assessments = await db.StageAssessments
            .Select(a => new AssessedInArea(a.StaffMemberId, a.AreaId, new AssessedStage(a.Kind, a.Stage, a.AssessedAt, a.Id)))
            .ToListAsync();
        Assert.Equal(
            StagePeriod.Periods(assessments).Select(p => p.ToString()).Order(StringComparer.Ordinal).ToList(),
            stored.Select(p => p.ToString()).Order(StringComparer.Ordinal).ToList());
        foreach (var pair in assessments.GroupBy(a => (a.StaffMemberId, a.AreaId)))
        {
            var history = pair.Select(a => a.Assessment).ToList();
            var periods = stored.Where(p => p.StaffMemberId == pair.Key.StaffMemberId && p.AreaId == pair.Key.AreaId).ToList();
            var days = history.Select(a => DateOnly.FromDateTime(a.At.UtcDateTime)).Distinct().ToList();
            foreach (var day in days.Append(days.Min().AddDays(-1)))
            {
                var end = new DateTimeOffset(day.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero);
                var standing = periods.Where(p => p.HoldsOn(day)).ToList();
                Assert.True(standing.Count <= 1, $"{pair.Key}: {standing.Count} periods on {day}");
                Assert.Equal(StageHistory.StageOn(history, end), standing.SingleOrDefault()?.Stage);
                Assert.Equal(history.Any(a => a.Kind == AssessmentKind.Validation && a.At <= end), standing.SingleOrDefault()?.Validated ?? false);
            }
        }

        return stored;
    });

    [Fact]
    public async Task EntryRemovedWithSql_RebuildingThatPersonOnly_MakesEverySummaryEqualAgain()
    {
        await Gate.WaitAsync();
        try
        {
            // Arrange: an entry made through the form, then removed behind the portal's back (as bench/run.sh does)
            using var client = factory.CreateClientFor(DemoAccounts.Sam);
            var sam = await ActivityTestData.StaffIdAsync(factory, DemoAccounts.Sam);
            var form = ActivityTestData.ValidForm(await factory.MethodIdAsync(CpdMethods.Workshop), new DateOnly(2026, 6, 3));
            form["Title"] = "Removed with SQL";
            form["Hours"] = "4";
            using (var created = await client.SubmitAsync(ActivityTestData.NewPath, form))
            {
                Assert.Equal(HttpStatusCode.Found, created.StatusCode);
            }

            var id = await factory.ActivityIdAsync(DemoAccounts.Sam, "Removed with SQL");
            await factory.WithDbAsync(db => db.CpdActivities.Where(a => a.Id == id).ExecuteDeleteAsync());
            var (staleStored, staleExpected) = await StoredAndExpectedAsync();
            Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => AssertSame(staleExpected, staleStored));

            // Act: what rebuild-summaries --person does
            await factory.WithDbAsync(db => new LearningYearSummaryRebuilder(db).RebuildPersonAsync(sam, SummaryTables.All, null));

            // Assert
            await AssertConsistentAsync();
            await AssertStagesConsistentAsync();
            var entries = await factory.WithDbAsync(db => db.CpdActivities.CountAsync(a => a.StaffMemberId == sam));
            var assessed = await factory.WithDbAsync(db => db.EntryAssessments.CountAsync(a => a.StaffMemberId == sam));
            Assert.Equal(entries, assessed);
        }
        finally
        {
            Gate.Release();
        }
    }

    private Task<decimal> HoursAsync(int staffMemberId, DateOnly yearStart) =>
        factory.WithDbAsync(db => db.LearningYearSummaries
            .Where(s => s.StaffMemberId == staffMemberId && s.YearStart == yearStart)
            .Select(s => s.EntitlementHours)
            .SingleOrDefaultAsync());

    private async Task AssertConsistentAsync()
    {
        var (stored, expected) = await StoredAndExpectedAsync();
        AssertSame(expected, stored);
    }

    /// <summary>
    /// The stored summaries, and the summaries recomputed from every entry that is not deleted: per person and
    /// learning year, the entitlement rule's counted hours (in total, certificated, and by quarter) and the number of
    /// completed entries.
    /// </summary>
    private Task<(List<LearningYearSummary> Stored, List<string> Expected)> StoredAndExpectedAsync() => factory.WithDbAsync(async db =>
    {
        var settings = await db.Settings.AsNoTracking().SingleAsync();
        var stored = await db.LearningYearSummaries.AsNoTracking().ToListAsync();
        var entries = await db.CpdActivities
            .Select(a => new { a.StaffMemberId, Entry = new EntitlementEntry(a.Id, a.Title, a.Date, a.Hours, a.Certificated, a.Status, a.Method!.CountsTowardsEntitlement) })
            .ToListAsync();
        var expected = entries
            .Where(e => e.Entry.Status == ActivityStatus.Complete)
            .GroupBy(e => (e.StaffMemberId, Year: settings.LearningYear.PeriodContaining(e.Entry.Date)))
            .Select(g =>
            {
                var counted = Entitlement.Calculate(g.Select(e => e.Entry), g.Key.Year, settings.EntitlementDays, 1m).Counted;
                var quarters = Enumerable.Range(1, 4)
                    .Select(q => counted.Where(e => e.Date >= g.Key.Year.Start.AddMonths(3 * (q - 1)) && e.Date < g.Key.Year.Start.AddMonths(3 * q)).Sum(e => e.Hours))
                    .ToArray();
                return Describe(g.Key.StaffMemberId, g.Key.Year.Start, counted.Sum(e => e.Hours), counted.Where(e => e.Certificated).Sum(e => e.Hours), quarters, g.Count());
            })
            .Order(StringComparer.Ordinal)
            .ToList();
        return (stored, expected);
    });

    private static string Describe(int staff, DateOnly yearStart, decimal hours, decimal certificated, decimal[] quarters, int complete) =>
        FormattableString.Invariant($"{staff}@{yearStart:yyyy-MM-dd}: {hours:0.00}h ({certificated:0.00}; {quarters[0]:0.00}/{quarters[1]:0.00}/{quarters[2]:0.00}/{quarters[3]:0.00}), {complete}");

    private static void AssertSame(List<string> expected, List<LearningYearSummary> stored) =>
        Assert.Equal(
            expected,
            stored.Select(s => Describe(s.StaffMemberId, s.YearStart, s.EntitlementHours, s.CertificatedHours, [s.Quarter1Hours, s.Quarter2Hours, s.Quarter3Hours, s.Quarter4Hours], s.CompleteEntries))
                .Order(StringComparer.Ordinal)
                .ToList());
}
