using CpdPortal.Web.Features.LearningSessions;

namespace CpdPortal.Web.Tests.LearningSessions;

public sealed class CourseSessionFormTests
{
    [Theory]
    [InlineData("StartsAt", "Date")]
    [InlineData("EndsAt", "EndTime")]
    [InlineData("Capacity", "Capacity")]
    [InlineData("Venue", "Venue")]
    public void FieldFor_DomainField_IsTheFormFieldThatAsksForIt(string domainField, string formField) =>
        Assert.Equal(formField, new CourseSessionForm().FieldFor(domainField));

    [Fact]
    public void ToDetails_NoCourseChosen_SaysSoBesideTheCourse()
    {
        var modelState = new Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary();

        new CourseSessionForm().ToDetails(modelState);

        Assert.Equal(CourseSessionForm.CourseMissing, modelState[nameof(CourseSessionForm.CourseId)]!.Errors[0].ErrorMessage);
    }
}
