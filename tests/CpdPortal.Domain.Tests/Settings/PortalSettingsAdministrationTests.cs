using CpdPortal.Domain.Common;
using CpdPortal.Domain.Settings;

namespace CpdPortal.Domain.Tests.Settings;

public class PortalSettingsAdministrationTests
{
    [Fact]
    public void ChangeRegistrationRule_Valid_ChangesTheRule()
    {
        // Arrange
        var settings = new PortalSettings();

        // Act
        settings.ChangeRegistrationRule(9, 1, 3, peerReflectionRequired: false);

        // Assert
        Assert.Equal(3, settings.RegistrationRule.MinimumEntries);
        Assert.False(settings.RegistrationPeerReflectionRequired);
        Assert.Equal(9, settings.RegistrationYearStartMonth);
    }

    [Theory]
    [InlineData(12, 1, 21, "settings.registrationMinimum")]
    [InlineData(13, 1, 2, "settings.yearStart")]
    public void ChangeRegistrationRule_Invalid_IsRefusedAndChangesNothing(int month, int day, int minimum, string rule)
    {
        // Arrange
        var settings = new PortalSettings();

        // Act
        var error = Assert.Throws<DomainRuleException>(() => settings.ChangeRegistrationRule(month, day, minimum, true));

        // Assert
        Assert.Equal(rule, error.Rule);
        Assert.Equal((12, 2), (settings.RegistrationYearStartMonth, settings.RegistrationMinimumEntries));
    }

    [Theory]
    [InlineData(0, 50, "settings.evidenceFile")]
    [InlineData(11, 50, "settings.evidenceFile")]
    [InlineData(5, 4, "settings.evidencePerPerson")]
    [InlineData(5, 1001, "settings.evidencePerPerson")]
    public void ChangeEvidenceLimits_OutOfRange_IsRefused(int file, int perPerson, string rule)
    {
        // Arrange
        var settings = new PortalSettings();

        // Act
        var error = Assert.Throws<DomainRuleException>(() => settings.ChangeEvidenceLimits(file, perPerson));

        // Assert
        Assert.Equal(rule, error.Rule);
        Assert.Equal((5, 50), (settings.EvidenceFileMaxMegabytes, settings.EvidencePerPersonMaxMegabytes));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(26)]
    public void ChangeLeaverRetention_OutOfRange_IsRefused(int years)
    {
        // Arrange
        var settings = new PortalSettings();

        // Act
        var error = Assert.Throws<DomainRuleException>(() => settings.ChangeLeaverRetention(years));

        // Assert
        Assert.Equal("settings.retention", error.Rule);
        Assert.Equal(6, settings.LeaverRetentionYears);
    }

    [Fact]
    public void RenameCouncil_Blank_FallsBackToConfiguration()
    {
        // Arrange
        var settings = new PortalSettings();
        settings.RenameCouncil("Northshire County Council");

        // Act
        settings.RenameCouncil("   ");

        // Assert
        Assert.Null(settings.CouncilName);
    }
}
