using CpdPortal.Domain.Common;

namespace CpdPortal.Domain.Activities;

/// <summary>One piece of CPD in a practitioner's record. Deleting keeps the row for the audit trail.</summary>
public sealed class CpdActivity
{
    private readonly List<ActivityArea> _areas = [];
    private readonly List<EvidenceFile> _evidence = [];

    private CpdActivity()
    {
        Title = string.Empty;
    }

    private CpdActivity(int staffMemberId, DateTimeOffset now)
    {
        StaffMemberId = staffMemberId;
        Title = string.Empty;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public int Id { get; private set; }

    public int StaffMemberId { get; private set; }

    public int MethodId { get; private set; }

    public CpdMethod? Method { get; private set; }

    public string Title { get; private set; }

    public DateOnly Date { get; private set; }

    /// <summary>The last day of a multi-day activity; null for a single day.</summary>
    public DateOnly? EndDate { get; private set; }

    public decimal Hours { get; private set; }

    public string? Description { get; private set; }

    public string? WhatLearnt { get; private set; }

    public string? Impact { get; private set; }

    /// <summary>Who the practitioner discussed it with (a role or first name, never a child or family).</summary>
    public string? PeerName { get; private set; }

    public string? PeerReflection { get; private set; }

    public bool HasPeerReflection => !string.IsNullOrWhiteSpace(PeerReflection);

    public bool Certificated { get; private set; }

    public ActivityStatus Status { get; private set; }

    /// <summary>Set when the entry was created by a course completion, not typed by the practitioner.</summary>
    public int? CourseId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? DeletedAt { get; private set; }

    public bool IsDeleted => DeletedAt is not null;

    public IReadOnlyCollection<ActivityArea> Areas => _areas.AsReadOnly();

    public IReadOnlyCollection<EvidenceFile> Evidence => _evidence.AsReadOnly();

    public static CpdActivity Record(int staffMemberId, ActivityDetails details, DateOnly today, DateTimeOffset now)
    {
        var activity = new CpdActivity(staffMemberId, now);
        activity.Apply(details, today, now);
        return activity;
    }

    /// <summary>A completed entry made from a course the person attended (issue 5).</summary>
    public static CpdActivity FromCourse(int staffMemberId, int courseId, ActivityDetails details, DateOnly today, DateTimeOffset now)
    {
        var activity = Record(staffMemberId, details with { Status = ActivityStatus.Complete }, today, now);
        activity.CourseId = courseId;
        return activity;
    }

    public void Update(ActivityDetails details, DateOnly today, DateTimeOffset now)
    {
        EnsureNotDeleted();
        Apply(details, today, now);
    }

    /// <summary>
    /// Deletes the entry: the row stays (for the audit trail) but its evidence files go, since nobody can open
    /// them any more; the caller erases the returned files from storage.
    /// </summary>
    public IReadOnlyList<EvidenceFile> Delete(DateTimeOffset now)
    {
        EnsureNotDeleted();
        DeletedAt = now;
        var removed = _evidence.ToList();
        _evidence.Clear();
        return removed;
    }

    public EvidenceFile AttachEvidence(string originalName, string storedName, string contentType, long sizeBytes, DateTimeOffset now)
    {
        EnsureNotDeleted();
        var file = new EvidenceFile(originalName, storedName, contentType, sizeBytes, now);
        _evidence.Add(file);
        UpdatedAt = now;
        return file;
    }

    public void RemoveEvidence(int evidenceId, DateTimeOffset now)
    {
        EnsureNotDeleted();
        var file = _evidence.Find(e => e.Id == evidenceId)
            ?? throw new DomainRuleException("evidence.missing", "That file is not attached to this activity");
        _evidence.Remove(file);
        UpdatedAt = now;
    }

    private void Apply(ActivityDetails details, DateOnly today, DateTimeOffset now)
    {
        var errors = details.Validate(today);
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        MethodId = details.MethodId;
        Title = details.Title!.Trim();
        Date = details.Date!.Value;
        EndDate = details.EndDate is { } end && end != details.Date ? end : null;
        Hours = details.Hours!.Value;
        Description = Clean(details.Description);
        WhatLearnt = Clean(details.WhatLearnt);
        Impact = Clean(details.Impact);
        PeerName = Clean(details.PeerName);
        PeerReflection = Clean(details.PeerReflection);
        Certificated = details.Certificated;
        Status = details.Status;
        UpdatedAt = now;

        _areas.RemoveAll(a => !details.AreaIds.Contains(a.AreaId));
        foreach (var areaId in details.AreaIds.Distinct().Where(id => !_areas.Exists(a => a.AreaId == id)))
        {
            _areas.Add(new ActivityArea(areaId));
        }
    }

    private void EnsureNotDeleted()
    {
        if (IsDeleted)
        {
            throw new DomainRuleException("activity.deleted", "This activity has been deleted");
        }
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
