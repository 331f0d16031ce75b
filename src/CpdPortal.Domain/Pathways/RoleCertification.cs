namespace CpdPortal.Domain.Pathways;

/// <summary>A certification everyone in a pathway role must hold (for example safeguarding level 3).</summary>
public sealed class RoleCertification
{
    private RoleCertification()
    {
    }

    internal RoleCertification(int certificationId) => CertificationId = certificationId;

    public int RoleId { get; private set; }

    public int CertificationId { get; private set; }
}
