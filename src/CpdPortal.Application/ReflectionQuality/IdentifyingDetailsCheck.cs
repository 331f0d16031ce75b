using System.Runtime.CompilerServices;
using CpdPortal.Application.Common;
using CpdPortal.Domain.ReflectionQuality;
using CpdPortal.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.ReflectionQuality;

/// <summary>What the check found in one form field (the parts are quoted back to the writer only, never stored).</summary>
public sealed record FieldFindings(string Field, IReadOnlyList<IdentifyingDetail> Found);

/// <summary>The record types a confirmation names (also the audit log's entity type).</summary>
public static class ConfirmedRecordTypes
{
    public const string CpdActivity = nameof(CpdActivity);
    public const string SupervisionSession = nameof(SupervisionSession);
    public const string PlanGoal = nameof(PlanGoal);
    public const string CourseFeedback = nameof(CourseFeedback);
}

/// <summary>
/// The identifying-details check on the forms (issue 16, docs/adr/0027): the council's detector, built from its
/// settings and team names and kept as long as the cached settings row (docs/adr/0021). Never logs or stores the text
/// or the parts found; a writer's confirmation is saved with the record (<see cref="ConfirmedFindings"/>).
/// </summary>
public sealed class IdentifyingDetailsCheck(ICpdPortalDbContext db)
{
    /// <summary>One detector per cached settings row: a new row (saved, or expired after 30 seconds) builds a new one.</summary>
    private static readonly ConditionalWeakTable<PortalSettings, IdentifyingDetailsDetector> Detectors = new();

    /// <summary>The detector with this council's patterns, schools, places and teams.</summary>
    public async Task<IdentifyingDetailsDetector> DetectorAsync(CancellationToken ct)
    {
        var settings = await db.PortalSettingsAsync(ct);
        if (Detectors.TryGetValue(settings, out var detector))
        {
            return detector;
        }

        var teams = await db.Teams.AsNoTracking().Select(t => t.Name).ToListAsync(ct);
        detector = new IdentifyingDetailsDetector(IdentifyingDetailsSettings.Rules(settings.CaseIdentifierPatterns, settings.SchoolNames, settings.KnownPhrases, teams));

        // Only a row that came from the cache is shared; a database with no settings row gets a fresh object each time.
        if (SettingsCache.Find(db) == settings)
        {
            Detectors.AddOrUpdate(settings, detector);
        }

        return detector;
    }

    /// <summary>The fields where something was found, in the order given; empty when nothing was.</summary>
    public async Task<IReadOnlyList<FieldFindings>> FindAsync(IEnumerable<(string Field, string? Text)> fields, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var detector = await DetectorAsync(ct);
        return fields
            .Select(f => new FieldFindings(f.Field, detector.Find(f.Text)))
            .Where(f => f.Found.Count > 0)
            .ToList();
    }
}
