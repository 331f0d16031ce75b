using CpdPortal.Domain.Certifications;

namespace CpdPortal.Domain.Tests.Certifications;

public class CertificationNoticeTests
{
    private static readonly CertificationPeriod Period = new(new DateOnly(2023, 12, 31), new DateOnly(2023, 12, 31), new DateOnly(2026, 12, 31));

    [Theory]
    [InlineData(2026, 10, 31, null)]
    [InlineData(2026, 11, 1, CertificationNoticeKind.Expiring60Days)]
    [InlineData(2026, 11, 30, CertificationNoticeKind.Expiring60Days)]
    [InlineData(2026, 12, 1, CertificationNoticeKind.Expiring30Days)]
    [InlineData(2026, 12, 30, CertificationNoticeKind.Expiring30Days)]
    [InlineData(2026, 12, 31, CertificationNoticeKind.Lapsed)]
    [InlineData(2027, 1, 29, CertificationNoticeKind.Lapsed)]
    [InlineData(2027, 1, 30, null)]
    public void DueOn_AroundTheExpiry_GivesTheNearestNotice(int y, int m, int d, CertificationNoticeKind? expected)
    {
        Assert.Equal(expected, CertificationNotice.DueOn(Period, new DateOnly(y, m, d)));
    }

    [Fact]
    public void DueOn_NoExpiry_HasNoNotice()
    {
        Assert.Null(CertificationNotice.DueOn(Period with { ExpiresOn = null }, new DateOnly(2026, 12, 20)));
    }
}
