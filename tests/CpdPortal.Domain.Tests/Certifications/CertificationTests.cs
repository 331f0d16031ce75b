using CpdPortal.Domain.Certifications;
using CpdPortal.Domain.Common;

namespace CpdPortal.Domain.Tests.Certifications;

public class CertificationTests
{
    private static CertificationDetails Valid() =>
        new("Safeguarding children level 3", "Every three years", true, 36, 3, WindowUnit.Months, true, [4, 7]);

    [Fact]
    public void New_ValidDetails_KeepsTheRuleAndTheCourses()
    {
        var certification = new Certification(Valid());

        Assert.Equal(new CertificationRule(36, 3, WindowUnit.Months, true), certification.Rule);
        Assert.Equal([4, 7], certification.Courses.Select(c => c.CourseId).Order().ToArray());
    }

    [Fact]
    public void New_NoExpiry_IgnoresThePeriodFields()
    {
        var certification = new Certification(Valid() with { Expires = false, ValidityMonths = null, WindowLength = null, EarlyRenewalKeepsRemainingTime = null });

        Assert.Null(certification.ValidityMonths);
    }

    [Theory]
    [InlineData(null, null, "Expires", "Select whether the certification expires")]
    [InlineData(true, null, "ValidityMonths", "Enter how many months the certification lasts, or choose no expiry")]
    [InlineData(true, 0, "ValidityMonths", "The certification must last between 1 and 120 months")]
    [InlineData(true, 121, "ValidityMonths", "The certification must last between 1 and 120 months")]
    public void New_WithoutAValidPeriod_IsRefusedWithAClearMessage(bool? expires, int? months, string field, string message)
    {
        var ex = Assert.Throws<DomainValidationException>(() => new Certification(Valid() with { Expires = expires, ValidityMonths = months }));

        Assert.Contains(new FieldError(field, message), ex.Errors);
    }

    [Theory]
    [InlineData(36, WindowUnit.Months, "The renewal window must be shorter than the time the certification lasts")]
    [InlineData(0, WindowUnit.Days, "The renewal window must be at least 1 day or month")]
    public void New_BadWindow_IsRefused(int window, WindowUnit unit, string message)
    {
        var ex = Assert.Throws<DomainValidationException>(() => new Certification(Valid() with { WindowLength = window, WindowUnit = unit }));

        Assert.Contains(new FieldError("WindowLength", message), ex.Errors);
    }

    [Fact]
    public void New_NoName_IsRefused()
    {
        var ex = Assert.Throws<DomainValidationException>(() => new Certification(Valid() with { Name = "  " }));

        Assert.Equal("Name", Assert.Single(ex.Errors).Field);
    }

    [Fact]
    public void Update_FewerCourses_RemovesTheOthers()
    {
        var certification = new Certification(Valid());

        certification.Update(Valid() with { CourseIds = [7, 9] });

        Assert.Equal([7, 9], certification.Courses.Select(c => c.CourseId).Order().ToArray());
    }
}
