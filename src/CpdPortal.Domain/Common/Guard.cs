namespace CpdPortal.Domain.Common;

internal static class Guard
{
    public static string Text(string? value, int maxLength, string rule, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new DomainRuleException(rule, $"Enter {what}");
        }

        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
        {
            throw new DomainRuleException(rule, $"{Capitalise(what)} must be {maxLength} characters or fewer");
        }

        return trimmed;
    }

    public static string? OptionalText(string? value, int maxLength, string rule, string what)
    {
        return string.IsNullOrWhiteSpace(value) ? null : Text(value, maxLength, rule, what);
    }

    private static string Capitalise(string what) =>
        what.StartsWith("a ", StringComparison.Ordinal) ? char.ToUpperInvariant(what[2]) + what[3..]
        : what.StartsWith("an ", StringComparison.Ordinal) ? char.ToUpperInvariant(what[3]) + what[4..]
        : what.StartsWith("the ", StringComparison.Ordinal) ? char.ToUpperInvariant(what[4]) + what[5..]
        : char.ToUpperInvariant(what[0]) + what[1..];
}
