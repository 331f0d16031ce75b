using CpdPortal.Application.Common;
using CpdPortal.Domain.Activities;
using CpdPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Activities;

/// <summary>
/// Evidence files on a practitioner's own activities: PDF, PNG or JPEG recognised by content, within the per-file and
/// per-person limits from the settings, stored under a generated name, readable only by the owner.
/// </summary>
public sealed class EvidenceService(ICpdPortalDbContext db, IEvidenceStore store, TimeProvider clock)
{
    public const string FileField = "File";
    public const string SelectAFile = "Select a file";
    public const string WrongType = "The selected file must be a PDF, PNG or JPEG";

    private const int HeadLength = 8;
    private const long BytesPerMegabyte = 1024 * 1024;

    public static string TooLarge(int fileMaxMegabytes) => $"The selected file must be smaller than {fileMaxMegabytes}MB";

    /// <summary>
    /// Attaches the file to the activity; false if the activity is not this person's. Throws
    /// <see cref="DomainValidationException"/> (field <see cref="FileField"/>) when the file is refused.
    /// </summary>
    public async Task<bool> AddAsync(int staffMemberId, int activityId, EvidenceUpload? upload, CancellationToken ct = default)
    {
        var activity = await db.CpdActivities
            .Include(a => a.Evidence)
            .SingleOrDefaultAsync(a => a.Id == activityId && a.StaffMemberId == staffMemberId, ct);
        if (activity is null)
        {
            return false;
        }

        if (upload is null || upload.Length <= 0)
        {
            throw Refused(SelectAFile);
        }

        var settings = await db.PortalSettingsAsync(ct);
        if (upload.Length > settings.EvidenceFileMaxMegabytes * BytesPerMegabyte)
        {
            throw Refused(TooLarge(settings.EvidenceFileMaxMegabytes));
        }

        var contentType = await DetectAsync(upload, ct) ?? throw Refused(WrongType);

        var used = await ActivityService.EvidenceBytesUsedAsync(db, staffMemberId, ct);
        if (used + upload.Length > settings.EvidencePerPersonMaxMegabytes * BytesPerMegabyte)
        {
            throw Refused($"You have used your {settings.EvidencePerPersonMaxMegabytes}MB of evidence storage: remove a file before adding another");
        }

        var extension = EvidenceFileKinds.Extension(contentType);
        var storedName = Guid.NewGuid().ToString("N") + extension;
        // The name shown and downloaded keeps what the person called it, but always ends in the extension of the
        // type found in its bytes: a PDF named "x.html" downloads as "x.pdf".
        var cleaned = EvidenceFileName.Clean(upload.FileName, "evidence" + extension);
        var stem = Path.GetFileNameWithoutExtension(cleaned);
        var displayName = (string.IsNullOrWhiteSpace(stem) ? "evidence" : stem[..Math.Min(stem.Length, EvidenceFileName.MaxLength - extension.Length)]) + extension;
        await using (var content = upload.OpenRead())
        {
            await store.SaveAsync(storedName, content, ct);
        }

        try
        {
            activity.AttachEvidence(displayName, storedName, contentType, upload.Length, clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            await store.DeleteAsync(storedName, CancellationToken.None);
            throw;
        }

        return true;
    }

    /// <summary>The file for its owner, or null (not theirs, deleted entry, unknown id or missing from storage).</summary>
    public async Task<EvidenceDownload?> OpenAsync(int staffMemberId, int activityId, int evidenceId, CancellationToken ct = default)
    {
        var file = await db.CpdActivities
            .Where(a => a.Id == activityId && a.StaffMemberId == staffMemberId)
            .SelectMany(a => a.Evidence)
            .Where(e => e.Id == evidenceId)
            .Select(e => new { e.StoredName, e.ContentType, e.OriginalName })
            .SingleOrDefaultAsync(ct);
        if (file is null)
        {
            return null;
        }

        var content = await store.OpenAsync(file.StoredName, ct);
        return content is null ? null : new EvidenceDownload(content, file.ContentType, file.OriginalName);
    }

    /// <summary>Removes the file from the activity and from storage; false if it is not this person's.</summary>
    public async Task<bool> RemoveAsync(int staffMemberId, int activityId, int evidenceId, CancellationToken ct = default)
    {
        var activity = await db.CpdActivities
            .Include(a => a.Evidence)
            .SingleOrDefaultAsync(a => a.Id == activityId && a.StaffMemberId == staffMemberId, ct);
        var file = activity?.Evidence.FirstOrDefault(e => e.Id == evidenceId);
        if (activity is null || file is null)
        {
            return false;
        }

        activity.RemoveEvidence(evidenceId, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        await store.DeleteAsync(file.StoredName, ct);
        return true;
    }

    /// <summary>The file's kind from its first bytes, whatever its name says.</summary>
    private static async Task<string?> DetectAsync(EvidenceUpload upload, CancellationToken ct)
    {
        var head = new byte[HeadLength];
        await using var content = upload.OpenRead();
        var read = await content.ReadAtLeastAsync(head, HeadLength, throwOnEndOfStream: false, ct);
        return EvidenceFileKinds.Detect(head.AsSpan(0, read));
    }

    private static DomainValidationException Refused(string message) => new([new FieldError(FileField, message)]);
}
