namespace CpdPortal.Domain.Registration;

/// <summary>
/// How alike two pieces of CPD writing are: the Jaccard similarity of their sets of three-word shingles (docs/adr/0028).
/// Words are runs of letters or digits in any script, compared case-insensitively; punctuation, markup and spacing are
/// ignored, so re-punctuating or re-spacing a copy does not hide it, while a reflection written afresh about the same
/// course shares very few three-word runs with the earlier one.
/// </summary>
public static class NearCopies
{
    /// <summary>Words per shingle.</summary>
    public const int ShingleSize = 3;

    /// <summary>
    /// At or above this similarity the later entry is a near-copy of the earlier one. Chosen from the labelled pairs in
    /// tests/CpdPortal.Domain.Tests/Registration/NearCopyPairs.cs (docs/adr/0028 gives the measurements).
    /// </summary>
    public const double Threshold = 0.30;

    /// <summary>The set of hashed three-word runs of <paramref name="text"/> (a text shorter than three words is one shingle).</summary>
    public static IReadOnlySet<long> Shingles(string? text)
    {
        var words = Words(text);
        var shingles = new HashSet<long>();
        if (words.Count == 0)
        {
            return shingles;
        }

        if (words.Count < ShingleSize)
        {
            shingles.Add(Hash(words, 0, words.Count));
            return shingles;
        }

        for (var i = 0; i + ShingleSize <= words.Count; i++)
        {
            shingles.Add(Hash(words, i, ShingleSize));
        }

        return shingles;
    }

    /// <summary>|A ∩ B| / |A ∪ B|; 0 when either text has no words (two empty answers are not a copy of each other).</summary>
    public static double Similarity(IReadOnlySet<long> a, IReadOnlySet<long> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var common = small.Count(large.Contains);
        return (double)common / (a.Count + b.Count - common);
    }

    public static double Similarity(string? a, string? b) => Similarity(Shingles(a), Shingles(b));

    public static bool IsNearCopy(double similarity) => similarity >= Threshold;

    /// <summary>
    /// Whether two texts with these many shingles can reach the threshold at all: |A ∩ B| / |A ∪ B| is at most
    /// min / max of the two sizes, so when that is below <see cref="Threshold"/> the sets need not be compared.
    /// </summary>
    public static bool CouldBeNearCopies(int shinglesA, int shinglesB)
    {
        var (small, large) = shinglesA <= shinglesB ? (shinglesA, shinglesB) : (shinglesB, shinglesA);
        return small > 0 && IsNearCopy((double)small / large);
    }

    private static List<string> Words(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return words;
        }

        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return words;
    }

    /// <summary>A 64-bit FNV-1a hash of the words with a separator, so "ab c" and "a bc" differ.</summary>
    private static long Hash(List<string> words, int from, int count)
    {
        const ulong offset = 14695981039346656037UL;
        const ulong prime = 1099511628211UL;
        var hash = offset;
        for (var w = from; w < from + count; w++)
        {
            foreach (var c in words[w])
            {
                hash = (hash ^ c) * prime;
            }

            hash = (hash ^ 0x1F) * prime;
        }

        return unchecked((long)hash);
    }
}
