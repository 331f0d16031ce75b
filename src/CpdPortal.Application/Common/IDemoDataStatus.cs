namespace CpdPortal.Application.Common;

/// <summary>Whether demo accounts exist, so the sign-in page shows the demo password only while they do.</summary>
public interface IDemoDataStatus
{
    Task<bool> IsPresentAsync(CancellationToken ct = default);
}
