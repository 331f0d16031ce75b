using System.Text;
using CpdPortal.Domain.Common;

namespace CpdPortal.Application.Activities;

/// <summary>The name a user's file had, made safe to show and to offer as a download name. Never used on disk.</summary>
public static class EvidenceFileName
{
    public const int MaxLength = FieldLengths.Title;

    /// <summary>
    /// The last path segment (either slash), without control characters, trimmed, at most <see cref="MaxLength"/>
    /// characters keeping the extension; <paramref name="fallback"/> when nothing is left.
    /// </summary>
    public static string Clean(string? name, string fallback)
    {
        var last = (name ?? string.Empty).Split('/', '\\')[^1];
        var builder = new StringBuilder(last.Length);
        foreach (var c in last.Where(c => !char.IsControl(c) && c is not '"' && !IsFormatting(c)))
        {
            builder.Append(c);
        }

        var cleaned = builder.ToString().Trim().Trim('.').Trim();
        if (cleaned.Length == 0)
        {
            return fallback;
        }

        if (cleaned.Length <= MaxLength)
        {
            return cleaned;
        }

        var extension = Path.GetExtension(cleaned);
        if (extension.Length is 0 or > 10)
        {
            return cleaned[..MaxLength];
        }

        return cleaned[..(MaxLength - extension.Length)] + extension;
    }

    // Bidirectional overrides and other invisible formatting characters can disguise a name (e.g. "cod.exe" shown as "exe.doc").
    private static bool IsFormatting(char c) => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format;
}
