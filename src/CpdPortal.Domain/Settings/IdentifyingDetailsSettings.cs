using CpdPortal.Domain.Common;
using CpdPortal.Domain.ReflectionQuality;

namespace CpdPortal.Domain.Settings;

/// <summary>
/// The council's additions to the identifying-details check (docs/adr/0027), as an administrator types them on the
/// settings page: one pattern, school or phrase a line. Checked here, so a bad line never reaches the detector.
/// </summary>
public static class IdentifyingDetailsSettings
{
    /// <summary>The most characters each of the three boxes holds.</summary>
    public const int MaxLength = 4000;

    /// <summary>The most characters one case-identifier pattern may have.</summary>
    public const int PatternMaxLength = 200;

    /// <summary>Ordinary professional prose: a case-identifier pattern that matches any of it would warn on every save.</summary>
    private const string PlainText = "I reflected with my supervisor on the assessment and the plan for the family, the school and the team. 1 2 3";

    /// <summary>The non-blank lines of a box, trimmed.</summary>
    public static IReadOnlyList<string> Lines(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The lines as stored: trimmed, blanks dropped, one a line; null for none.</summary>
    public static string? Normalise(string? text) => Lines(text) is { Count: > 0 } lines ? string.Join('\n', lines) : null;

    /// <summary>
    /// Refuses a patterns box whose lines are not all usable case-identifier patterns: a line that is not a regular
    /// expression, that is too long, that matches nothing at all (an empty match) or that matches plain prose.
    /// </summary>
    public static string? CheckPatterns(string? text)
    {
        var normalised = CheckLength(text, "settings.caseIdentifierPatterns", "The case identifier patterns");
        var lines = Lines(normalised);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var which = $"Pattern {i + 1} (\u201c{(line.Length > 40 ? line[..40] + "\u2026" : line)}\u201d)";
            if (line.Length > PatternMaxLength)
            {
                throw new DomainRuleException("settings.caseIdentifierPatterns", $"{which} must be {PatternMaxLength} characters or fewer");
            }

            if (!IdentifyingDetailsDetector.IsValidPattern(line))
            {
                throw new DomainRuleException("settings.caseIdentifierPatterns", $"{which} is not a valid pattern: check its brackets and backslashes");
            }

            if (MatchesEverything(line))
            {
                throw new DomainRuleException("settings.caseIdentifierPatterns", $"{which} matches ordinary words or nothing at all: it must match only your case system's identifiers, for example MOS\\d{{6}}");
            }
        }

        return normalised;
    }

    /// <summary>Refuses a school-names or known-phrases box that is too long; each name must have a letter.</summary>
    public static string? CheckNames(string? text, string rule, string what)
    {
        var normalised = CheckLength(text, rule, what);
        if (Lines(normalised).FirstOrDefault(l => !l.Any(char.IsLetter)) is { } bad)
        {
            throw new DomainRuleException(rule, $"{what}: \u201c{bad}\u201d is not a name; put one name a line");
        }

        return normalised;
    }

    /// <summary>The rules the detector is built with: the council's patterns, schools, and its places and teams.</summary>
    public static IdentifyingDetailsRules Rules(string? patterns, string? schools, string? knownPhrases, IEnumerable<string> teamNames) => new()
    {
        CaseIdentifierPatterns = Lines(patterns),
        SchoolNames = Lines(schools),
        KnownPhrases = Lines(knownPhrases).Concat(teamNames.Where(t => !string.IsNullOrWhiteSpace(t))).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
    };

    private static string? CheckLength(string? text, string rule, string what)
    {
        var normalised = Normalise(text);
        if (normalised is { Length: > MaxLength })
        {
            throw new DomainRuleException(rule, $"{what} must be {MaxLength} characters or fewer");
        }

        return normalised;
    }

    private static bool MatchesEverything(string pattern)
    {
        try
        {
            var regex = new System.Text.RegularExpressions.Regex(pattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(250));
            return regex.IsMatch(string.Empty) || regex.IsMatch(PlainText);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            return true;
        }
    }
}
