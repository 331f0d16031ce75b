using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Common;

namespace CpdPortal.Domain.Tests.Activities;

public class ActivityDetailsTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    private static ActivityDetails Complete() => new(
        MethodId: 5,
        Title: "Signs of Safety refresher",
        Date: Today.AddDays(-3),
        EndDate: null,
        Hours: 6m,
        Description: "Workshop on safety mapping, relevant to my child protection cases.",
        WhatLearnt: "How to separate harm from complicating factors.",
        Impact: "My assessments now state danger statements plainly.",
        PeerName: null,
        PeerReflection: null,
        Certificated: true,
        Status: ActivityStatus.Complete,
        AreaIds: [1, 2]);

    private static IEnumerable<string> Fields(ActivityDetails details) => details.Validate(Today).Select(e => e.Field);

    [Fact]
    public void Validate_WellFormedCompleteEntry_HasNoErrors()
    {
        Assert.Empty(Complete().Validate(Today));
    }

    [Fact]
    public void Validate_CompleteEntryInTheFuture_IsRefused()
    {
        var errors = (Complete() with { Date = Today.AddDays(1) }).Validate(Today);

        Assert.Equal("The date of a completed activity must be today or in the past", Assert.Single(errors).Message);
    }

    [Fact]
    public void Validate_DraftInTheFuture_IsAllowedAsAPlannedActivity()
    {
        Assert.Empty((Complete() with { Date = Today.AddDays(30), Status = ActivityStatus.Draft }).Validate(Today));
    }

    [Fact]
    public void Validate_DraftWithoutReflectionFields_IsAllowed()
    {
        var draft = Complete() with { Status = ActivityStatus.Draft, Description = null, WhatLearnt = " ", Impact = null };

        Assert.Empty(draft.Validate(Today));
    }

    [Fact]
    public void Validate_CompleteWithoutReflectionFields_NamesEachField()
    {
        var entry = Complete() with { Description = null, WhatLearnt = " ", Impact = null };

        Assert.Equal(["Description", "WhatLearnt", "Impact"], Fields(entry));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(24.5)]
    public void Validate_OneDayHoursOutOfRange_IsRefused(double hours)
    {
        Assert.Equal(["Hours"], Fields(Complete() with { Hours = (decimal)hours }));
    }

    [Fact]
    public void Validate_MissingEverything_ListsEveryRequiredField()
    {
        var empty = new ActivityDetails(0, null, null, null, null, null, null, null, null, null, false, ActivityStatus.Complete, []);

        Assert.Equal(["MethodId", "Title", "Date", "Hours", "Description", "WhatLearnt", "Impact"], Fields(empty));
    }

    [Fact]
    public void Validate_MultiDayUpToTenDays_AllowsUpTo24HoursADay()
    {
        var threeDays = Complete() with { Date = Today.AddDays(-5), EndDate = Today.AddDays(-3), Hours = 22.2m };

        Assert.Empty(threeDays.Validate(Today));
        Assert.Equal(3, threeDays.Days);
        Assert.Equal(["Hours"], Fields(threeDays with { Hours = 72.5m }));
    }

    [Fact]
    public void Validate_MoreThanTenDays_IsRefused()
    {
        var entry = Complete() with { Date = Today.AddDays(-20), EndDate = Today.AddDays(-10) };

        Assert.Equal(["EndDate"], Fields(entry));
    }

    [Fact]
    public void Validate_EndBeforeStart_IsRefused()
    {
        Assert.Equal(["EndDate"], Fields(Complete() with { EndDate = Today.AddDays(-4) }));
    }

    [Fact]
    public void Validate_TextOverItsLimit_IsRefused()
    {
        Assert.Equal(["Title"], Fields(Complete() with { Title = new string('a', FieldLengths.Title + 1) }));
        Assert.Equal(["Impact"], Fields(Complete() with { Impact = new string('a', FieldLengths.LongText + 1) }));
    }

    [Fact]
    public void Validate_PeerNamedWithoutReflection_IsRefused()
    {
        Assert.Equal(["PeerReflection"], Fields(Complete() with { PeerName = "My supervisor" }));
    }

    [Fact]
    public void Record_BadDetails_ThrowsEveryErrorAndMakesNothing()
    {
        var error = Assert.Throws<DomainValidationException>(() =>
            CpdActivity.Record(1, Complete() with { Title = "", Hours = 0 }, Today, Now));

        Assert.Equal(["Title", "Hours"], error.Errors.Select(e => e.Field));
    }

    [Fact]
    public void Update_ChangesAreasAndKeepsTheRest()
    {
        var activity = CpdActivity.Record(1, Complete(), Today, Now);

        activity.Update(Complete() with { AreaIds = [2, 3], PeerName = "  Team colleague ", PeerReflection = "Talked it through." }, Today, Now.AddHours(1));

        Assert.Equal([2, 3], activity.Areas.Select(a => a.AreaId).Order());
        Assert.Equal("Team colleague", activity.PeerName);
        Assert.True(activity.HasPeerReflection);
        Assert.Equal(Now.AddHours(1), activity.UpdatedAt);
    }

    [Fact]
    public void Delete_KeepsTheEntryButRefusesFurtherChanges()
    {
        var activity = CpdActivity.Record(1, Complete(), Today, Now);
        activity.AttachEvidence("certificate.pdf", "a.pdf", "application/pdf", 100, Now);

        var removed = activity.Delete(Now);

        Assert.True(activity.IsDeleted);
        Assert.Equal("a.pdf", Assert.Single(removed).StoredName);
        Assert.Empty(activity.Evidence);
        Assert.Throws<DomainRuleException>(() => activity.Update(Complete(), Today, Now));
        Assert.Throws<DomainRuleException>(() => activity.Delete(Now));
    }

    [Fact]
    public void FromCourse_IsAlwaysComplete()
    {
        var activity = CpdActivity.FromCourse(1, 9, Complete() with { Status = ActivityStatus.Draft }, Today, Now);

        Assert.Equal(ActivityStatus.Complete, activity.Status);
        Assert.Equal(9, activity.CourseId);
    }
}
