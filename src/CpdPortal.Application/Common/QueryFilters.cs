namespace CpdPortal.Application.Common;

/// <summary>
/// Names of the model's global query filters (ADR 0026). Every query of a filtered entity applies them; the few
/// places that must see filtered rows (retention, subject access) name the filter they ignore with
/// <c>IgnoreQueryFilters([QueryFilters.SoftDeleted])</c>, so a later filter is not switched off by accident.
/// </summary>
public static class QueryFilters
{
    /// <summary>A CPD activity the practitioner deleted (<c>DeletedAt</c> set) is hidden from every page and report.</summary>
    public const string SoftDeleted = "SoftDeleted";
}
