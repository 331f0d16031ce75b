using CpdPortal.Domain.Certifications;

namespace CpdPortal.Domain.Tests.Certifications;

public class CertificationRuleTests
{
    // Safeguarding children level 3: three years, renewable in the last 3 months.
    private static readonly CertificationRule ThreeYears = new(36, 3, WindowUnit.Months, EarlyRenewalKeepsRemainingTime: true);

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Grant_FirstCompletion_LastsFromTheCompletionForTheValidity()
    {
        var period = ThreeYears.Grant(null, D(2024, 5, 10));

        Assert.Equal(new CertificationPeriod(D(2024, 5, 10), D(2024, 5, 10), D(2027, 5, 10)), period);
    }

    [Fact]
    public void Grant_InsideTheWindow_ExtendsFromTheExpiryDate()
    {
        var first = ThreeYears.Grant(null, D(2024, 5, 10))!;

        var renewal = ThreeYears.Grant(first, D(2027, 3, 1));

        Assert.Equal(new CertificationPeriod(D(2027, 3, 1), D(2027, 5, 10), D(2030, 5, 10)), renewal);
    }

    [Fact]
    public void Grant_BeforeTheWindowKeepingRemainingTime_ExtendsFromTheExpiryDate()
    {
        var first = ThreeYears.Grant(null, D(2024, 5, 10))!;

        var early = ThreeYears.Grant(first, D(2025, 1, 15));

        Assert.Equal(D(2030, 5, 10), early!.ExpiresOn);
    }

    [Fact]
    public void Grant_BeforeTheWindowWhenTheRuleGivesUpRemainingTime_StartsFromTheCompletion()
    {
        var rule = ThreeYears with { EarlyRenewalKeepsRemainingTime = false };
        var first = rule.Grant(null, D(2024, 5, 10))!;

        var early = rule.Grant(first, D(2025, 1, 15));

        Assert.Equal(new CertificationPeriod(D(2025, 1, 15), D(2025, 1, 15), D(2028, 1, 15)), early);
    }

    [Fact]
    public void Grant_InsideTheWindowWhenTheRuleGivesUpRemainingTime_StillExtendsFromTheExpiryDate()
    {
        var rule = ThreeYears with { EarlyRenewalKeepsRemainingTime = false };
        var first = rule.Grant(null, D(2024, 5, 10))!;

        var renewal = rule.Grant(first, D(2027, 4, 1));

        Assert.Equal(D(2030, 5, 10), renewal!.ExpiresOn);
    }

    [Fact]
    public void Grant_AfterItLapsed_StartsAgainFromTheCompletion()
    {
        var first = ThreeYears.Grant(null, D(2020, 5, 10))!;

        var again = ThreeYears.Grant(first, D(2024, 2, 1));

        Assert.Equal(new CertificationPeriod(D(2024, 2, 1), D(2024, 2, 1), D(2027, 2, 1)), again);
    }

    [Fact]
    public void Grant_OnTheExpiryDate_StartsAgainFromTheCompletion()
    {
        var first = ThreeYears.Grant(null, D(2021, 5, 10))!;

        var again = ThreeYears.Grant(first, D(2024, 5, 10));

        Assert.Equal(D(2027, 5, 10), again!.ExpiresOn);
    }

    [Theory]
    [InlineData(2024, 5, 10)]
    [InlineData(2023, 1, 1)]
    public void Grant_NotLaterThanTheLatestCompletion_AddsNothing(int y, int m, int d)
    {
        var first = ThreeYears.Grant(null, D(2024, 5, 10))!;

        Assert.Null(ThreeYears.Grant(first, D(y, m, d)));
    }

    [Fact]
    public void Grant_NoExpiry_NeverExpires()
    {
        var rule = new CertificationRule(null, 0, WindowUnit.Days, true);

        var period = rule.Grant(null, D(2024, 5, 10))!;

        Assert.Null(period.ExpiresOn);
        Assert.Equal(CertificationStatus.Active, rule.StatusOn(period, D(2060, 1, 1)));
    }

    [Fact]
    public void WindowOpensOn_Days_CountsBackInDays()
    {
        var rule = new CertificationRule(12, 45, WindowUnit.Days, true);

        Assert.Equal(D(2026, 11, 16), rule.WindowOpensOn(D(2026, 12, 31)));
    }

    [Theory]
    [InlineData(2024, 5, 9, CertificationStatus.NotHeld)]
    [InlineData(2024, 5, 10, CertificationStatus.Active)]
    [InlineData(2027, 2, 9, CertificationStatus.Active)]
    [InlineData(2027, 2, 10, CertificationStatus.DueSoon)]
    [InlineData(2027, 5, 9, CertificationStatus.DueSoon)]
    [InlineData(2027, 5, 10, CertificationStatus.Lapsed)]
    public void StatusOn_AroundTheWindowAndExpiry_IsAsExpected(int y, int m, int d, CertificationStatus expected)
    {
        var period = ThreeYears.Grant(null, D(2024, 5, 10));

        Assert.Equal(expected, ThreeYears.StatusOn(period, D(y, m, d)));
    }

    [Fact]
    public void StatusOn_NeverHeld_IsNotHeld()
    {
        Assert.Equal(CertificationStatus.NotHeld, ThreeYears.StatusOn(null, D(2026, 1, 1)));
    }

    [Fact]
    public void StatusOn_RenewedInTheWindow_IsActiveBetweenTheRenewalAndTheOldExpiry()
    {
        var renewal = ThreeYears.Grant(ThreeYears.Grant(null, D(2024, 5, 10)), D(2027, 3, 1));

        Assert.Equal(CertificationStatus.Active, ThreeYears.StatusOn(renewal, D(2027, 4, 1)));
    }

    [Fact]
    public void History_CompletionsInAnyOrder_GivesEveryPeriodOldestFirst()
    {
        var history = ThreeYears.History([D(2027, 3, 1), D(2018, 1, 1), D(2024, 5, 10), D(2024, 5, 10)]);

        Assert.Equal(
            [D(2021, 1, 1), D(2027, 5, 10), D(2030, 5, 10)],
            history.Select(p => p.ExpiresOn!.Value).ToArray());
    }
}
