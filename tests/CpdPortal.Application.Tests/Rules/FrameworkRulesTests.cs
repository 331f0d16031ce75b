using CpdPortal.Application.Common.Rules;
using CpdPortal.Domain.Competence;

namespace CpdPortal.Application.Tests.Rules;

public class FrameworkRulesTests
{
    private static readonly DateOnly Day = new(2026, 1, 5);

    /// <summary>A draft, a published version and a superseded one (and the never-published-but-superseded state the domain cannot reach).</summary>
    public static TheoryData<DateOnly?, DateOnly?> States() => new()
    {
        { null, null },
        { Day, null },
        { Day, Day.AddDays(30) },
        { null, Day },
    };

    private static CompetenceFramework Framework(DateOnly? published, DateOnly? superseded) =>
        new CompetenceFramework("PCF", "Professional Capabilities Framework", 1, FrameworkAudience.AllStaff)
            .With(nameof(CompetenceFramework.PublishedOn), published)
            .With(nameof(CompetenceFramework.SupersededOn), superseded);

    [Theory]
    [MemberData(nameof(States))]
    public void IsCurrent_AgreesWithStatusPublished(DateOnly? published, DateOnly? superseded)
    {
        var framework = Framework(published, superseded);

        Assert.Equal(framework.Status == FrameworkStatus.Published, FrameworkRules.IsCurrent.Compile()(framework));
    }

    [Theory]
    [MemberData(nameof(States))]
    public void AreaIsCurrent_AppliesTheSameRuleThroughTheAreasFramework(DateOnly? published, DateOnly? superseded)
    {
        var framework = new CompetenceFramework("PCF", "Professional Capabilities Framework", 1, FrameworkAudience.AllStaff);
        var area = framework.AddArea("Values and ethics").With(nameof(CompetenceArea.Framework), framework);
        framework.With(nameof(CompetenceFramework.PublishedOn), published).With(nameof(CompetenceFramework.SupersededOn), superseded);

        Assert.Equal(framework.Status == FrameworkStatus.Published, FrameworkRules.AreaIsCurrent.Compile()(area));
    }
}
