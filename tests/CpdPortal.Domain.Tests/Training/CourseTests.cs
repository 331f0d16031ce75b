using CpdPortal.Domain.Common;
using CpdPortal.Domain.Competence;
using CpdPortal.Domain.Training;

namespace CpdPortal.Domain.Tests.Training;

public class CourseTests
{
    public static CourseDetails Valid() => new(
        "Court skills", "Statements and giving evidence.", false, null, CourseDelivery.FaceToFace, null, 7.4m, true, null, null, [], [], []);

    [Fact]
    public void Constructor_Internal_UsesTheAcademyAsProvider()
    {
        var course = new Course(Valid() with { Provider = "Ignored" });

        Assert.Equal(Course.InternalProvider, course.Provider);
        Assert.False(course.External);
    }

    [Theory]
    [InlineData("Title", "Enter the course title")]
    [InlineData("Hours0", "The length of the course must be more than 0 hours")]
    [InlineData("HoursNegative", "The length of the course must be more than 0 hours")]
    [InlineData("Provider", "Enter the name of the external provider")]
    [InlineData("VleLink", "Enter the link to the e-learning course on the VLE")]
    [InlineData("VleLinkHttp", "Enter the VLE link as a web address starting https://")]
    [InlineData("Mandatory", "A course can only be mandatory for roles it is for: select those roles under 'Who is it for?' too")]
    [InlineData("Credits", "Enter the qualification the credits count towards")]
    public void Validate_BadInput_GivesTheMessage(string what, string message)
    {
        var details = what switch
        {
            "Title" => Valid() with { Title = " " },
            "Hours0" => Valid() with { Hours = 0 },
            "HoursNegative" => Valid() with { Hours = -1 },
            "Provider" => Valid() with { External = true, Provider = null },
            "VleLink" => Valid() with { Delivery = CourseDelivery.ELearning },
            "VleLinkHttp" => Valid() with { Delivery = CourseDelivery.ELearning, VleLink = "http://vle.example/x" },
            "Mandatory" => Valid() with { MandatoryRoleIds = [3] },
            "Credits" => Valid() with { Credits = 20 },
            _ => throw new ArgumentOutOfRangeException(nameof(what)),
        };

        var errors = details.Validate();

        Assert.Contains(errors, e => e.Message == message);
        Assert.Throws<DomainValidationException>(() => new Course(details));
    }

    [Fact]
    public void Update_RolesAndTags_ReplacesThem()
    {
        var course = new Course(Valid() with { TagIds = [1, 2], TargetRoleIds = [5, 6], MandatoryRoleIds = [5] });

        course.Update(Valid() with { TagIds = [2, 3], TargetRoleIds = [6], MandatoryRoleIds = [6] });

        Assert.Equal([2, 3], course.Tags.Select(t => t.TagId).Order());
        var role = Assert.Single(course.Roles);
        Assert.Equal((6, true), (role.PathwayRoleId, role.Mandatory));
    }

    [Fact]
    public void RetireAndReinstate_ChangeWhetherItIsRetired()
    {
        var course = new Course(Valid());
        var today = new DateOnly(2026, 11, 22);

        course.Retire(today);
        var retired = course.IsRetiredOn(today);
        course.Reinstate();

        Assert.True(retired);
        Assert.False(course.IsRetiredOn(today));
    }

    [Fact]
    public void MapTo_StageOutsideOneToFive_IsRefused()
    {
        var course = new Course(Valid());

        Assert.Throws<DomainRuleException>(() => course.MapTo(4, (DreyfusStage)6));
        Assert.Throws<DomainRuleException>(() => course.MapTo(4, (DreyfusStage)0));
        Assert.Empty(course.Mappings);
    }

    [Fact]
    public void MapTo_SameCellTwice_MapsItOnceAndUnmapRemovesIt()
    {
        var course = new Course(Valid());

        var first = course.MapTo(4, DreyfusStage.Competent);
        var second = course.MapTo(4, DreyfusStage.Competent);
        var unmapped = course.Unmap(4, DreyfusStage.Competent);

        Assert.True(first);
        Assert.False(second);
        Assert.True(unmapped);
        Assert.Empty(course.Mappings);
    }
}
