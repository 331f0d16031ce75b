namespace CpdPortal.Domain.ReflectionQuality;

/// <summary>
/// What a council adds to the identifying-details check: the patterns of its case-management system's identifiers,
/// the schools in its area, and its own words that look like names but are not (places, teams, services).
/// </summary>
public sealed record IdentifyingDetailsRules
{
    /// <summary>No council-specific additions: the built-in checks only.</summary>
    public static IdentifyingDetailsRules None { get; } = new();

    /// <summary>
    /// Regular expressions (.NET syntax, matched case-insensitively) for identifiers of the council's
    /// case-management system, e.g. <c>\bMOS\d{6}\b</c>. They add to the built-in "case/child/person id" pattern.
    /// </summary>
    public IReadOnlyList<string> CaseIdentifierPatterns { get; init; } = [];

    /// <summary>School, college and academy names in the council's area, matched as whole phrases, any case.</summary>
    public IReadOnlyList<string> SchoolNames { get; init; } = [];

    /// <summary>
    /// The council's own place names, team and service names: never reported as a person's name, a school or an
    /// address (the built-in professional phrases such as "Signs of Safety" are always known).
    /// </summary>
    public IReadOnlyList<string> KnownPhrases { get; init; } = [];
}
