using System.Globalization;
using CpdPortal.Application.Auditing;
using CpdPortal.Application.Common;
using CpdPortal.Domain.Auditing;
using CpdPortal.Domain.Common;
using CpdPortal.Domain.Competence;
using Microsoft.EntityFrameworkCore;

namespace CpdPortal.Application.Frameworks;

/// <summary>
/// Competence frameworks for L&amp;D (/learning/frameworks), versioned (docs/adr/0012): a published version is never
/// edited; "create a new version" copies it to a draft; publishing the draft supersedes the previous version and
/// carries course mappings and role expectations forward to the areas with the same key. Every change to a draft
/// answers "not found" for a version that is not a draft.
/// </summary>
public sealed class FrameworkAdminService(ICpdPortalDbContext db, IAuditLog audit, TimeProvider clock)
{
    public async Task<PagedResult<FrameworkSummary>> ListAsync(int? page, CancellationToken ct = default)
    {
        var rows = await db.CompetenceFrameworks
            .OrderBy(f => f.Name)
            .ThenByDescending(f => f.Version)
            .ThenBy(f => f.Id)
            .ToPageAsync(page, Paging.DefaultPageSize, f => new { f.Id, f.Code, f.Name, f.Version, f.PublishedOn, f.SupersededOn, f.Audience, Areas = f.Areas.Count }, ct);
        return rows.Select(f => new FrameworkSummary(f.Id, f.Code, f.Name, f.Version, StatusOf(f.PublishedOn, f.SupersededOn), f.Audience, f.Areas, f.PublishedOn));
    }

    public async Task<FrameworkDetail?> GetAsync(int id, CancellationToken ct = default)
    {
        var framework = await LoadAsync(id, tracked: false, ct);
        if (framework is null)
        {
            return null;
        }

        var siblings = await db.CompetenceFrameworks
            .Where(f => f.Code == framework.Code && f.Id != framework.Id)
            .Select(f => new { f.Id, f.PublishedOn, f.SupersededOn })
            .ToListAsync(ct);
        return new FrameworkDetail(
            framework.Id,
            framework.Code,
            framework.Name,
            framework.Version,
            framework.Status,
            framework.Audience,
            framework.Description,
            framework.PublishedOn,
            framework.SupersededOn,
            framework.Areas.OrderBy(a => a.Order).Select(Detail).ToList(),
            siblings.Find(f => f.PublishedOn == null)?.Id,
            siblings.Find(f => f.PublishedOn != null && f.SupersededOn == null)?.Id);
    }

    /// <summary>An area of a draft, or null (no such area, or the version is not a draft).</summary>
    public async Task<AreaEditor?> AreaAsync(int id, int areaId, CancellationToken ct = default)
    {
        var framework = await LoadAsync(id, tracked: false, ct);
        var area = framework?.Areas.SingleOrDefault(a => a.Id == areaId);
        return framework is { Status: FrameworkStatus.Draft } && area is not null
            ? new AreaEditor(framework.Id, framework.Name, framework.Version, Detail(area))
            : null;
    }

    /// <summary>
    /// Copies the current published version to a draft of the next version and returns the draft's id; when a draft
    /// already exists, its id (there is one draft per framework at a time). Null when <paramref name="id"/> is not a
    /// current published version.
    /// </summary>
    public async Task<int?> NewVersionAsync(int id, CancellationToken ct = default)
    {
        var framework = await LoadAsync(id, tracked: false, ct);
        if (framework is not { Status: FrameworkStatus.Published })
        {
            return null;
        }

        var versions = await db.CompetenceFrameworks.Where(f => f.Code == framework.Code).Select(f => new { f.Id, f.Version, f.PublishedOn }).ToListAsync(ct);
        if (versions.Find(v => v.PublishedOn == null) is { } existing)
        {
            return existing.Id;
        }

        var draft = framework.NewVersion(versions.Max(v => v.Version) + 1);
        db.CompetenceFrameworks.Add(draft);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditActions.FrameworkVersionCreated, AuditEntityTypes.CompetenceFramework, Id(draft.Id), ct);
        return draft.Id;
    }

    /// <summary>Adds an area to a draft and returns its id; null when the version is not a draft.</summary>
    public async Task<int?> AddAreaAsync(int id, string? name, CancellationToken ct = default)
    {
        var framework = await LoadDraftAsync(id, ct);
        if (framework is null)
        {
            return null;
        }

        var area = framework.AddArea(name ?? string.Empty);
        audit.Add(AuditActions.FrameworkChanged, AuditEntityTypes.CompetenceFramework, Id(id));
        await db.SaveChangesAsync(ct);
        return area.Id;
    }

    /// <summary>
    /// Saves an area of a draft: name, description and the wording of all five stages (each required, at most 4,000
    /// characters). Every broken rule is reported at once, per field, and nothing is saved. False: not a draft's area.
    /// </summary>
    public Task<bool> UpdateAreaAsync(int id, int areaId, AreaInput input, CancellationToken ct = default) =>
        ChangeAreaAsync(id, areaId, (framework, area) =>
        {
            var errors = new List<FieldError>();
            foreach (var stage in DreyfusStages.All)
            {
                var text = input.Wording.GetValueOrDefault((int)stage.Stage);
                var field = WordingField(stage.Stage);
                if (string.IsNullOrWhiteSpace(text))
                {
                    errors.Add(new(field, $"Enter what {(int)stage.Stage} {stage.Name} looks like in this area"));
                }
                else if (text.Trim().Length > FieldLengths.LongText)
                {
                    errors.Add(new(field, $"What {(int)stage.Stage} {stage.Name} looks like must be {FieldLengths.LongText} characters or fewer"));
                }
            }

            Collect(errors, "Name", () => framework.RenameArea(area, input.Name ?? string.Empty));
            Collect(errors, "Description", () => area.Describe(input.Description));
            if (errors.Count > 0)
            {
                throw new DomainValidationException(errors);
            }

            foreach (var stage in DreyfusStages.All)
            {
                area.DescribeStage(stage.Stage, input.Wording[(int)stage.Stage]!);
            }
        }, ct);

    public Task<bool> MoveAreaAsync(int id, int areaId, bool earlier, CancellationToken ct = default) =>
        ChangeAreaAsync(id, areaId, (framework, area) => framework.MoveArea(area, earlier), ct);

    public Task<bool> RemoveAreaAsync(int id, int areaId, CancellationToken ct = default) =>
        ChangeAreaAsync(id, areaId, (framework, area) => framework.RemoveArea(area), ct);

    /// <summary>
    /// Publishes a draft as the current version: the previous current version is superseded, and the course mappings
    /// and role expectations of its areas move to the draft's areas with the same key (areas the draft dropped lose
    /// theirs; new areas start empty). One unit of work. False when the version is not a draft.
    /// </summary>
    public async Task<bool> PublishAsync(int id, CancellationToken ct = default)
    {
        var draft = await LoadDraftAsync(id, ct);
        if (draft is null)
        {
            return false;
        }

        var current = await db.CompetenceFrameworks
            .Current()
            .Include(f => f.Areas)
            .SingleOrDefaultAsync(f => f.Code == draft.Code, ct);
        draft.PublishVersion(clock.UkToday(), current);

        if (current is not null)
        {
            var byKey = draft.Areas.ToDictionary(a => a.Key);
            var oldToNew = current.Areas.Where(a => byKey.ContainsKey(a.Key)).ToDictionary(a => a.Id, a => byKey[a.Key]);
            var oldIds = current.Areas.Select(a => a.Id).ToList();

            var courses = await db.Courses.Include(c => c.Mappings).Where(c => c.Mappings.Any(m => oldIds.Contains(m.AreaId))).ToListAsync(ct);
            foreach (var course in courses)
            {
                foreach (var mapping in course.Mappings.Where(m => oldToNew.ContainsKey(m.AreaId)).ToList())
                {
                    course.MapTo(oldToNew[mapping.AreaId].Id, mapping.Stage);
                }
            }

            var roles = await db.PathwayRoles.Include(r => r.Expectations).Where(r => r.Expectations.Any(e => oldIds.Contains(e.AreaId))).ToListAsync(ct);
            foreach (var role in roles)
            {
                foreach (var expectation in role.Expectations.Where(e => oldIds.Contains(e.AreaId)).ToList())
                {
                    if (oldToNew.TryGetValue(expectation.AreaId, out var area))
                    {
                        role.Expect(area, expectation.Stage);
                    }

                    role.StopExpecting(expectation.AreaId);
                }
            }
        }

        audit.Add(AuditActions.FrameworkPublished, AuditEntityTypes.CompetenceFramework, Id(id));
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The form field of one stage's wording.</summary>
    public static string WordingField(DreyfusStage stage) => "Wording[" + Id((int)stage) + "]";

    private static FrameworkStatus StatusOf(DateOnly? publishedOn, DateOnly? supersededOn) =>
        supersededOn is not null ? FrameworkStatus.Superseded : publishedOn is not null ? FrameworkStatus.Published : FrameworkStatus.Draft;

    private static AreaDetail Detail(CompetenceArea area) =>
        new(
            area.Id,
            area.Name,
            area.Description,
            area.Order,
            DreyfusStages.All.Select(s => new StageText(s.Stage, area.WordingFor(s.Stage), area.StageDescriptors.Any(d => d.Stage == s.Stage))).ToList());

    private static void Collect(List<FieldError> errors, string field, Action action)
    {
        try
        {
            action();
        }
        catch (DomainRuleException ex)
        {
            errors.Add(new(field, ex.Message));
        }
    }

    private async Task<bool> ChangeAreaAsync(int id, int areaId, Action<CompetenceFramework, CompetenceArea> change, CancellationToken ct)
    {
        var framework = await LoadDraftAsync(id, ct);
        var area = framework?.Areas.SingleOrDefault(a => a.Id == areaId);
        if (framework is null || area is null)
        {
            return false;
        }

        change(framework, area);
        audit.Add(AuditActions.FrameworkChanged, AuditEntityTypes.CompetenceFramework, Id(id));
        await db.SaveChangesAsync(ct);
        return true;
    }

    private async Task<CompetenceFramework?> LoadDraftAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, tracked: true, ct) is { Status: FrameworkStatus.Draft } draft ? draft : null;

    private Task<CompetenceFramework?> LoadAsync(int id, bool tracked, CancellationToken ct)
    {
        var query = db.CompetenceFrameworks.Include(f => f.Areas).ThenInclude(a => a.StageDescriptors);
        return (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(f => f.Id == id, ct);
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
