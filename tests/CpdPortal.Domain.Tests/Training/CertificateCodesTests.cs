using CpdPortal.Domain.Training;

namespace CpdPortal.Domain.Tests.Training;

public class CertificateCodesTests
{
    [Fact]
    public void New_TenThousandCodes_AreAllDifferentAndWellFormed()
    {
        var codes = Enumerable.Range(0, 10_000).Select(_ => CertificateCodes.New()).ToList();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, c => Assert.True(CertificateCodes.IsWellFormed(c), c));
    }

    [Theory]
    [InlineData("k7qm-2xht-9wpc", "K7QM2XHT9WPC")]
    [InlineData("K7QM 2XHT 9WPC", "K7QM2XHT9WPC")]
    [InlineData("K7QM2XHT9WP0", null)]
    [InlineData("K7QM", null)]
    [InlineData("", null)]
    public void Normalise_TypedCode_GivesTheCodeOrNull(string typed, string? expected)
    {
        Assert.Equal(expected, CertificateCodes.Normalise(typed));
    }

    [Fact]
    public void Display_Code_IsGroupedInFours()
    {
        Assert.Equal("K7QM-2XHT-9WPC", CertificateCodes.Display("K7QM2XHT9WPC"));
    }
}
