using CpdPortal.Domain.Certifications;
using CpdPortal.Domain.Pathways;

namespace CpdPortal.Domain.Tests.Certifications;

public class ComplianceTests
{
    private static readonly CertificationRule Safeguarding = new(36, 3, WindowUnit.Months, true);
    private static readonly CertificationRule FirstAid = new(12, 30, WindowUnit.Days, true);
    private static readonly DateOnly Today = new(2026, 12, 5);

    private static Dictionary<int, (CertificationRule, CertificationPeriod?)> Holdings() => new()
    {
        [1] = (Safeguarding, Safeguarding.Grant(null, new DateOnly(2025, 1, 10))),
        [2] = (FirstAid, FirstAid.Grant(null, new DateOnly(2025, 11, 1))),
    };

    [Fact]
    public void Evaluate_EveryRequiredActive_IsCompliant()
    {
        var required = Compliance.Evaluate([1], Holdings(), Today);

        Assert.True(Compliance.IsCompliant(required));
        Assert.Equal(CertificationStatus.Active, Assert.Single(required).Status);
    }

    [Fact]
    public void Evaluate_OneLapsed_IsNotCompliant()
    {
        var required = Compliance.Evaluate([1, 2], Holdings(), Today);

        Assert.False(Compliance.IsCompliant(required));
        Assert.Equal(CertificationStatus.Lapsed, required.Single(r => r.CertificationId == 2).Status);
    }

    [Fact]
    public void Evaluate_DueSoon_StillCounts()
    {
        var required = Compliance.Evaluate([1], Holdings(), new DateOnly(2027, 12, 1));

        Assert.Equal(CertificationStatus.DueSoon, Assert.Single(required).Status);
        Assert.True(Compliance.IsCompliant(required));
    }

    [Fact]
    public void Evaluate_RequirementAddedThatIsNotHeld_MakesTheSameHoldingsNotCompliant()
    {
        var holdings = Holdings();
        var role = new RoleRequirements();
        role.Require(1);
        Assert.True(Compliance.IsCompliant(Compliance.Evaluate(role.Ids, holdings, Today)));

        role.Require(3);

        var after = Compliance.Evaluate(role.Ids, holdings, Today);
        Assert.False(Compliance.IsCompliant(after));
        Assert.Equal(CertificationStatus.NotHeld, after.Single(r => r.CertificationId == 3).Status);
    }

    [Fact]
    public void Evaluate_LapsedRequirementRemoved_MakesTheSameHoldingsCompliant()
    {
        var holdings = Holdings();

        Assert.False(Compliance.IsCompliant(Compliance.Evaluate([1, 2], holdings, Today)));
        Assert.True(Compliance.IsCompliant(Compliance.Evaluate([1], holdings, Today)));
    }

    [Fact]
    public void Evaluate_NothingRequired_IsCompliant()
    {
        Assert.True(Compliance.IsCompliant(Compliance.Evaluate([], Holdings(), Today)));
    }

    [Fact]
    public void RequireCertification_Twice_KeepsOneAndStopRequiringRemovesIt()
    {
        var role = new CareerPathway("Children's social work", null).AddRole("Social worker", 2, true, null);

        Assert.True(role.RequireCertification(5));
        Assert.False(role.RequireCertification(5));
        Assert.Single(role.Certifications);
        Assert.True(role.StopRequiringCertification(5));
        Assert.False(role.StopRequiringCertification(5));
    }

    private sealed class RoleRequirements
    {
        private readonly List<int> _ids = [];

        public IReadOnlyList<int> Ids => _ids;

        public void Require(int id) => _ids.Add(id);
    }
}
