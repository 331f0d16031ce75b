using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Imports;

namespace CpdPortal.Domain.Tests.Imports;

public class ExternalCompletionTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Record_GoodCompletion_MakesACompletedCourseEntry()
    {
        // Act
        var completion = ExternalCompletion.Record(7, 3, "Signs of Safety", "Partner college", 2, new DateOnly(2026, 10, 1), 6.5m, true, [4, 5], Today, Now);

        // Assert
        Assert.Equal((7, 3, new DateOnly(2026, 10, 1)), (completion.StaffMemberId, completion.CourseId, completion.CompletedOn));
        var activity = completion.Activity!;
        Assert.Equal(ActivityStatus.Complete, activity.Status);
        Assert.Equal(3, activity.CourseId);
        Assert.Equal(7, activity.StaffMemberId);
        Assert.Equal(6.5m, activity.Hours);
        Assert.True(activity.Certificated);
        Assert.Equal("Signs of Safety", activity.Title);
        Assert.Equal(2, activity.Areas.Count);
    }

    [Fact]
    public void Details_MoreHoursThanADayHolds_BreaksTheEntryRule()
    {
        // Act
        var errors = ExternalCompletion.Details(2, "Long course", "Partner college", new DateOnly(2026, 10, 1), 30m, false, []).Validate(Today);

        // Assert
        Assert.Contains(errors, e => e.Field == "Hours");
    }
}
