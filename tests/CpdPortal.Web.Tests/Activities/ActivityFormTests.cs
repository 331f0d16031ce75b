using CpdPortal.Domain.Activities;
using CpdPortal.Web.Features.Activities;
using CpdPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CpdPortal.Web.Tests.Activities;

public class ActivityFormTests
{
    private static ActivityForm Valid() => new()
    {
        MethodId = "3",
        Title = "Workshop",
        Date = new DateInput { Day = "3", Month = "11", Year = "2026" },
        EndDate = new DateInput(),
        Hours = "3.5",
        Description = "Why",
        WhatLearnt = "What",
        Impact = "Impact",
        AreaIds = ["12", "14"],
        Certificated = "true",
        Status = "Complete",
    };

    [Fact]
    public void ToDetails_ValidForm_GivesTheDomainDetailsAndNoErrors()
    {
        // Arrange
        var modelState = new ModelStateDictionary();

        // Act
        var details = Valid().ToDetails(modelState);

        // Assert
        Assert.True(modelState.IsValid);
        Assert.Equal(3, details.MethodId);
        Assert.Equal(new DateOnly(2026, 11, 3), details.Date);
        Assert.Null(details.EndDate);
        Assert.Equal(3.5m, details.Hours);
        Assert.True(details.Certificated);
        Assert.Equal(ActivityStatus.Complete, details.Status);
        Assert.Equal([12, 14], details.AreaIds);
    }

    [Theory]
    [InlineData("Draft", ActivityStatus.Draft)]
    [InlineData("Complete", ActivityStatus.Complete)]
    [InlineData(null, ActivityStatus.Complete)]
    [InlineData("draft", ActivityStatus.Complete)]
    [InlineData("Deleted", ActivityStatus.Complete)]
    public void ToDetails_StatusButton_OnlyDraftMakesADraft(string? button, ActivityStatus expected)
    {
        // Arrange
        var form = Valid();
        form.Status = button;

        // Act
        var details = form.ToDetails(new ModelStateDictionary());

        // Assert
        Assert.Equal(expected, details.Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yes")]
    public void ToDetails_NoCertificatedAnswer_AddsTheErrorBesideIt(string? answer)
    {
        // Arrange
        var form = Valid();
        form.Certificated = answer;
        var modelState = new ModelStateDictionary();

        // Act
        form.ToDetails(modelState);

        // Assert
        Assert.Equal("Select yes if you got a certificate for this activity", Assert.Single(modelState["Certificated"]!.Errors).ErrorMessage);
    }

    [Fact]
    public void ToDetails_UnreadableDatesAndHours_AddErrorsAndPassThemOnAsMissing()
    {
        // Arrange
        var form = Valid();
        form.Date = new DateInput { Day = "31", Month = "2", Year = "2026" };
        form.EndDate = new DateInput { Day = "1", Month = "", Year = "2026" };
        form.Hours = "a while";
        var modelState = new ModelStateDictionary();

        // Act
        var details = form.ToDetails(modelState);

        // Assert
        Assert.Null(details.Date);
        Assert.Null(details.EndDate);
        Assert.Null(details.Hours);
        Assert.Equal("The date of the activity must be a real date", modelState["Date"]!.Errors.Single().ErrorMessage);
        Assert.Equal("The end date must include a month", modelState["EndDate"]!.Errors.Single().ErrorMessage);
        Assert.Equal("Enter hours as a number, like 1.5", modelState["Hours"]!.Errors.Single().ErrorMessage);
    }

    [Fact]
    public void ToDetails_JunkIds_BecomeIdsThatMatchNothing()
    {
        // Arrange: junk must not vanish: an area that is not a number is still "not one of my areas".
        var form = Valid();
        form.MethodId = "abc";
        form.AreaIds = ["12", "x", "", "12", "-4"];

        // Act
        var details = form.ToDetails(new ModelStateDictionary());

        // Assert
        Assert.Equal(0, details.MethodId);
        Assert.Equal([12, 0], details.AreaIds);
    }

    [Fact]
    public void From_SavedDetails_RoundTripsThroughTheForm()
    {
        // Arrange
        var saved = new ActivityDetails(5, "Course", new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 2), 14.80m, "D", "W", "I", "Peer", "R", false, ActivityStatus.Draft, [7]);

        // Act
        var form = ActivityForm.From(42, saved);
        var again = form.ToDetails(new ModelStateDictionary());

        // Assert
        Assert.Equal(42, form.Id);
        Assert.Equal("14.8", form.Hours);
        Assert.Equal("false", form.Certificated);
        Assert.Contains("7", form.AreaIds);
        Assert.Equal(saved with { AreaIds = [] }, again with { AreaIds = [] });
        Assert.Equal([7], again.AreaIds);
    }
}
