using System.Security.Cryptography;

namespace CpdPortal.Domain.Training;

/// <summary>
/// Certificate verification codes: 12 characters from an alphabet without look-alikes (no 0/O, 1/I/L), shown in
/// groups of four (e.g. K7QM-2XHT-9WPC). About 60 bits of randomness, so a code cannot be guessed; the database's
/// unique index is the final guard.
/// </summary>
public static class CertificateCodes
{
    public const int Length = 12;
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    public static bool IsWellFormed(string? code) =>
        code is { Length: Length } && code.All(c => Alphabet.Contains(c, StringComparison.Ordinal));

    /// <summary>The code as typed or linked (any case, with or without dashes or spaces), or null if it cannot be one.</summary>
    public static string? Normalise(string? typed)
    {
        if (typed is null)
        {
            return null;
        }

        var code = new string(typed.Where(c => c is not ('-' or ' ')).ToArray()).ToUpperInvariant();
        return IsWellFormed(code) ? code : null;
    }

    public static string Display(string code) => $"{code[..4]}-{code[4..8]}-{code[8..]}";
}
