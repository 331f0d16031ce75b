using CpdPortal.Domain.Common;
using CpdPortal.Domain.ReflectionQuality;
using CpdPortal.Domain.Settings;

namespace CpdPortal.Domain.Tests.Settings;

public class IdentifyingDetailsSettingsTests
{
    [Fact]
    public void ChangeCaseIdentifierPatterns_ValidLines_AreStoredTrimmedOneALine()
    {
        var settings = new PortalSettings();

        settings.ChangeCaseIdentifierPatterns("  \\bMOS\\d{6}\\b \r\n\r\n\\bLCS-\\d{5}\\b\n");

        Assert.Equal("\\bMOS\\d{6}\\b\n\\bLCS-\\d{5}\\b", settings.CaseIdentifierPatterns);
    }

    [Theory]
    [InlineData("\\bMOS(\\d{6}\\b", "is not a valid pattern")]
    [InlineData("[a-z", "is not a valid pattern")]
    [InlineData(".*", "matches ordinary words or nothing at all")]
    [InlineData("\\d?", "matches ordinary words or nothing at all")]
    [InlineData("family", "matches ordinary words or nothing at all")]
    [InlineData("\\d", "matches ordinary words or nothing at all")]
    public void ChangeCaseIdentifierPatterns_UnusableLine_IsRefusedNamingIt(string pattern, string message)
    {
        var settings = new PortalSettings();

        var ex = Assert.Throws<DomainRuleException>(() => settings.ChangeCaseIdentifierPatterns("\\bMOS\\d{6}\\b\n" + pattern));

        Assert.Equal("settings.caseIdentifierPatterns", ex.Rule);
        Assert.StartsWith("Pattern 2 (", ex.Message, StringComparison.Ordinal);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
        Assert.Null(settings.CaseIdentifierPatterns);
    }

    [Fact]
    public void ChangeCaseIdentifierPatterns_OverLongPattern_IsRefused()
    {
        var ex = Assert.Throws<DomainRuleException>(() => new PortalSettings().ChangeCaseIdentifierPatterns("X" + new string('1', IdentifyingDetailsSettings.PatternMaxLength)));

        Assert.Contains("200 characters or fewer", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ChangeSchoolNames_TooLongOrNotAName_IsRefused()
    {
        var settings = new PortalSettings();

        Assert.Throws<DomainRuleException>(() => settings.ChangeSchoolNames(string.Join('\n', Enumerable.Range(0, 500).Select(i => $"School number {i}"))));
        var ex = Assert.Throws<DomainRuleException>(() => settings.ChangeSchoolNames("Cantell\n1234"));
        Assert.Equal("settings.schoolNames", ex.Rule);
        settings.ChangeSchoolNames(" Cantell \n\nBitterne Park");
        Assert.Equal("Cantell\nBitterne Park", settings.SchoolNames);
        settings.ChangeSchoolNames("   ");
        Assert.Null(settings.SchoolNames);
    }

    [Fact]
    public void Rules_FromTheSettingsAndTeams_WarnOnTheCouncilsIdentifiersAndSchoolsButNotItsPlacesOrTeams()
    {
        var rules = IdentifyingDetailsSettings.Rules("\\bMOS\\d{6}\\b", "Cantell", "Bitterne Park", ["Harbour Road Team"]);
        var detector = new IdentifyingDetailsDetector(rules);

        var found = detector.Find("Case MOS123456 was discussed; the young person attends Cantell. The meeting was in Bitterne Park Hub, with the Harbour Road Team.");

        Assert.Equal(["MOS123456", "Cantell"], found.Select(f => f.Text));
    }

    [Fact]
    public void Confirmation_RecordsKindsAndCounts_NeverTheText()
    {
        IdentifyingDetail[] found =
        [
            new(IdentifyingDetailKind.PersonName, 0, 10, "Jayden Smith"),
            new(IdentifyingDetailKind.Postcode, 20, 8, "SO14 7LY"),
            new(IdentifyingDetailKind.PersonName, 40, 9, "Mrs Khan"),
        ];

        var confirmation = new IdentifyingDetailsConfirmation(7, DateTimeOffset.UnixEpoch, "CpdActivity", 12, "WhatLearnt", found);

        Assert.Equal("PersonName:2,Postcode:1", confirmation.Kinds);
        Assert.Equal(3, confirmation.FindingCount);
        Assert.DoesNotContain("Smith", confirmation.Kinds + confirmation.Field + confirmation.RecordType, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new IdentifyingDetailsConfirmation(7, DateTimeOffset.UnixEpoch, "CpdActivity", 12, "WhatLearnt", []));
    }
}
