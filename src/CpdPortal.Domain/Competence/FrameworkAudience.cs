namespace CpdPortal.Domain.Competence;

/// <summary>Whose practice a framework describes.</summary>
public enum FrameworkAudience
{
    /// <summary>Everyone in the children's workforce.</summary>
    AllStaff = 0,

    /// <summary>Registered social workers only (e.g. the PCF, the post-qualifying standards).</summary>
    RegisteredSocialWorkers = 1,

    /// <summary>Staff who are not registered social workers (e.g. the Common Core).</summary>
    NonRegisteredStaff = 2,
}
