using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Registration;
using CpdPortal.Domain.Settings;

namespace CpdPortal.Domain.Tests.Registration;

public class RegistrationComplianceTests
{
    private static readonly RegistrationRule Rule = new PortalSettings().RegistrationRule;

    private static RegistrationEntry Entry(int id, DateOnly date, bool reflection = false, ActivityStatus status = ActivityStatus.Complete) =>
        new(id, date, status, reflection);

    [Fact]
    public void Evaluate_YearRunsFromFirstDecemberToThirtiethNovember()
    {
        var status = RegistrationCompliance.Evaluate(Rule, [], new DateOnly(2026, 11, 22));

        Assert.Equal(new DateOnly(2025, 12, 1), status.Year.Start);
        Assert.Equal(new DateOnly(2026, 11, 30), status.Deadline);
        Assert.Equal(8, status.DaysToDeadline);
    }

    [Fact]
    public void Evaluate_OnFirstDecember_StartsANewYear()
    {
        var status = RegistrationCompliance.Evaluate(Rule, [], new DateOnly(2026, 12, 1));

        Assert.Equal(new DateOnly(2026, 12, 1), status.Year.Start);
        Assert.False(status.InRenewalWindow);
    }

    [Fact]
    public void Evaluate_TwoEntriesOneWithPeerReflection_Meets()
    {
        var status = RegistrationCompliance.Evaluate(
            Rule,
            [Entry(1, new DateOnly(2026, 1, 10)), Entry(2, new DateOnly(2026, 6, 1), reflection: true)],
            new DateOnly(2026, 11, 22));

        Assert.True(status.Meets);
        Assert.Empty(status.Missing);
        Assert.Equal(2, status.CompletedEntries);
        Assert.Equal(1, status.EntriesWithPeerReflection);
    }

    [Fact]
    public void Evaluate_TwoEntriesWithoutReflection_SaysAReflectionIsMissing()
    {
        var status = RegistrationCompliance.Evaluate(
            Rule,
            [Entry(1, new DateOnly(2026, 1, 10)), Entry(2, new DateOnly(2026, 6, 1))],
            new DateOnly(2026, 11, 22));

        Assert.False(status.Meets);
        Assert.Equal(["Add a peer reflection to at least one completed piece of CPD"], status.Missing);
    }

    [Fact]
    public void Evaluate_DraftsAndLastYearsEntries_DoNotCount()
    {
        var status = RegistrationCompliance.Evaluate(
            Rule,
            [Entry(1, new DateOnly(2025, 11, 30), reflection: true), Entry(2, new DateOnly(2026, 2, 1), reflection: true, status: ActivityStatus.Draft)],
            new DateOnly(2026, 11, 22));

        Assert.Equal(0, status.CompletedEntries);
        Assert.Equal(["Record 2 more completed pieces of CPD", "Add a peer reflection to at least one completed piece of CPD"], status.Missing);
    }

    [Theory]
    [InlineData(2026, 8, 31, false)]
    [InlineData(2026, 9, 1, true)]
    [InlineData(2026, 11, 30, true)]
    public void Evaluate_RenewalWindow_OpensOnFirstSeptember(int year, int month, int day, bool open)
    {
        var status = RegistrationCompliance.Evaluate(Rule, [], new DateOnly(year, month, day));

        Assert.Equal(open, status.InRenewalWindow);
        Assert.Equal(new DateOnly(2026, 9, 1), status.RenewalWindowOpens);
    }

    [Fact]
    public void Evaluate_CouncilRequiresNoReflection_OnlyCountsEntries()
    {
        var rule = Rule with { MinimumEntries = 1, PeerReflectionRequired = false };

        var status = RegistrationCompliance.Evaluate(rule, [Entry(1, new DateOnly(2026, 3, 3))], new DateOnly(2026, 11, 22));

        Assert.True(status.Meets);
    }
}
