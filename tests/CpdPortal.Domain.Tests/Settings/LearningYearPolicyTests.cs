using CpdPortal.Domain.Common;
using CpdPortal.Domain.Settings;

namespace CpdPortal.Domain.Tests.Settings;

public class LearningYearPolicyTests
{
    [Theory]
    [InlineData(2026, 3, 31, 2025)]
    [InlineData(2026, 4, 1, 2026)]
    [InlineData(2026, 11, 22, 2026)]
    public void PeriodContaining_AprilYear_StartsOnTheLastFirstOfApril(int y, int m, int d, int startYear)
    {
        var period = new LearningYearPolicy(4, 1).PeriodContaining(new DateOnly(y, m, d));

        Assert.Equal(new DateOnly(startYear, 4, 1), period.Start);
        Assert.Equal(new DateOnly(startYear + 1, 3, 31), period.End);
        Assert.Equal(new DateOnly(startYear - 1, 4, 1), period.Previous().Start);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(13, 1)]
    [InlineData(2, 29)]
    public void Constructor_ImpossibleStart_IsRefused(int month, int day)
    {
        Assert.Throws<DomainRuleException>(() => new LearningYearPolicy(month, day));
    }

    [Fact]
    public void ChangeEntitlement_OutOfRange_IsRefused()
    {
        var settings = new PortalSettings();

        Assert.Throws<DomainRuleException>(() => settings.ChangeEntitlement(-1, 7.4m, 4, 1));
        Assert.Throws<DomainRuleException>(() => settings.ChangeEntitlement(15, 0, 4, 1));
        Assert.Equal(15m, settings.EntitlementDays);
    }
}
