using CpdPortal.Application.Training;
using CpdPortal.Domain.Training;

namespace CpdPortal.Application.Tests.Rules;

public class CourseRulesTests
{
    private static readonly DateOnly Retired = new(2026, 2, 1);

    private static CourseDetails Details() => new(
        "Court skills", "Statements and giving evidence.", false, null, CourseDelivery.FaceToFace, null, 7.4m, true, null, null, [], [], []);

    public static TheoryData<DateOnly> Days() => new(RuleCases.Around(Retired));

    [Theory]
    [MemberData(nameof(Days))]
    public void Offered_AgreesWithIsRetiredOn_OnEachDayAroundTheRetirement(DateOnly day)
    {
        var retired = new Course(Details());
        retired.Retire(Retired);
        var current = new Course(Details());

        var offered = new[] { retired, current }.AsQueryable().Offered(day).ToList();

        Assert.Equal(!retired.IsRetiredOn(day), offered.Contains(retired));
        Assert.Contains(current, offered);
    }
}
