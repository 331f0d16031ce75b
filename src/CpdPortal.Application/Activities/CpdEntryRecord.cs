using System.Linq.Expressions;
using CpdPortal.Domain.Activities;

namespace CpdPortal.Application.Activities;

/// <summary>
/// One CPD entry as the person's own copy of their record holds it (the export and the subject access download):
/// every field they wrote, its dates and the ids of its competence areas, read by the one projection below.
/// </summary>
public sealed record CpdEntryRecord(
    int Id,
    DateOnly Date,
    DateOnly? EndDate,
    string Method,
    string Title,
    decimal Hours,
    ActivityStatus Status,
    bool Certificated,
    string? Description,
    string? WhatLearnt,
    string? Impact,
    string? PeerName,
    string? PeerReflection,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? DeletedAt,
    List<int> AreaIds)
{
    /// <summary>The projection for a query (one command with the areas; no entity is tracked).</summary>
    public static readonly Expression<Func<CpdActivity, CpdEntryRecord>> FromActivity = a => new CpdEntryRecord(
        a.Id,
        a.Date,
        a.EndDate,
        a.Method!.Name,
        a.Title,
        a.Hours,
        a.Status,
        a.Certificated,
        a.Description,
        a.WhatLearnt,
        a.Impact,
        a.PeerName,
        a.PeerReflection,
        a.CreatedAt,
        a.UpdatedAt,
        a.DeletedAt,
        a.Areas.Select(x => x.AreaId).ToList());
}
