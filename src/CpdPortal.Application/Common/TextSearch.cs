namespace CpdPortal.Application.Common;

/// <summary>
/// Case-insensitive "contains" searches that find the same rows on every database (docs/adr/0015). SQLite's LIKE
/// ignores the case of ASCII letters only and PostgreSQL's LIKE never does, so a search compares the column in lower
/// case (<c>LOWER</c>, which every provider translates <see cref="string.ToLower()"/> to) with a lower-case pattern:
/// <c>EF.Functions.Like(c.Title.ToLower(), TextSearch.ContainsPattern(word), TextSearch.Escape)</c>.
/// </summary>
public static class TextSearch
{
    /// <summary>The LIKE escape character the patterns use.</summary>
    public const string Escape = "\\";

    /// <summary>A LIKE pattern matching any text that contains <paramref name="word"/> (in lower case, wildcards escaped).</summary>
    public static string ContainsPattern(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var escaped = word.ToLowerInvariant()
            .Replace(Escape, Escape + Escape, StringComparison.Ordinal)
            .Replace("%", Escape + "%", StringComparison.Ordinal)
            .Replace("_", Escape + "_", StringComparison.Ordinal);
        return "%" + escaped + "%";
    }
}
