namespace CpdPortal.Domain.Competence;

/// <summary>Where a framework version is in its life: edited as a draft, published as the current version, then superseded.</summary>
public enum FrameworkStatus
{
    Draft = 0,
    Published = 1,
    Superseded = 2,
}
