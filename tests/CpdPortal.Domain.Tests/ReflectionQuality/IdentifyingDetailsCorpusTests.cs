using System.Globalization;
using System.Text;
using CpdPortal.Domain.ReflectionQuality;
using Xunit.Abstractions;

namespace CpdPortal.Domain.Tests.ReflectionQuality;

/// <summary>
/// Measures the identifying-details check on a labelled corpus of realistic reflection sentences
/// (identifying-details-corpus.tsv, written for the purpose) and holds it to the goals of issue 16: recall of at least
/// 0.95 for postcodes, NHS and NI numbers, dates of birth, phone numbers and emails, at least 0.8 for names, and an
/// overall precision of at least 0.8. A finding counts as right when a labelled detail of the same kind overlaps it.
/// </summary>
public sealed class IdentifyingDetailsCorpusTests(ITestOutputHelper output)
{
    /// <summary>What a council configures: its case-management identifiers, local schools, places and teams.</summary>
    public static readonly IdentifyingDetailsRules DemoCouncilRules = new()
    {
        CaseIdentifierPatterns = [@"\bMOS\d{6}\b"],
        SchoolNames = ["Cantell"],
        KnownPhrases =
        [
            "Southampton", "Bitterne", "Shirley", "Portswood", "Woolston", "Sholing", "Civic Centre", "Highfield Campus",
            "Multi-Agency Safeguarding Hub (MASH)", "Early Help 5–19", "Protection and Court Team", "Youth Justice Service",
            "Children in Care", "Adoption", "Fostering",
        ],
    };

    private static readonly IdentifyingDetailKind[] HighRecallKinds =
    [
        IdentifyingDetailKind.Postcode, IdentifyingDetailKind.NhsNumber, IdentifyingDetailKind.NationalInsuranceNumber,
        IdentifyingDetailKind.DateOfBirth, IdentifyingDetailKind.PhoneNumber, IdentifyingDetailKind.EmailAddress,
    ];

    [Theory]
    [InlineData("corpus", 300)]
    [InlineData("heldout", 200)]
    [InlineData("heldout2", 200)]
    [InlineData("heldout3", 200)]
    public void Corpus_HasEnoughSentencesWithEveryKindAndPlentyWithNothing(string name, int size)
    {
        var corpus = LoadCorpus(name);

        Assert.True(corpus.Count >= size, $"The corpus has {corpus.Count} sentences");
        Assert.True(corpus.Count(s => s.Expected.Count == 0) >= size / 4);
        foreach (var kind in Enum.GetValues<IdentifyingDetailKind>())
        {
            Assert.True(corpus.Sum(s => s.Expected.Count(e => e.Kind == kind)) >= 10, $"Too few {kind} examples");
        }
    }

    /// <summary>
    /// The goals hold on the corpus and on the first two held-out sets, whose misses shaped general rules (Unicode
    /// letters, surname shapes, ages in brackets). The third held-out set has never been used to change the detector:
    /// it is the honest measure of text the detector has not seen, and holds it to the floor it reached when first run
    /// (names 0.71, dates of birth 0.93), so that a change cannot make it worse unnoticed. Keep it untouched.
    /// </summary>
    [Theory]
    [InlineData("corpus", 0.8, 0.95)]
    [InlineData("heldout", 0.8, 0.95)]
    [InlineData("heldout2", 0.8, 0.95)]
    [InlineData("heldout3", 0.7, 0.9)]
    public void Detector_OnTheLabelledCorpus_MeetsTheRecallAndPrecisionGoals(string name, double nameRecall, double highRecall)
    {
        // Arrange
        var corpus = LoadCorpus(name);
        var detector = new IdentifyingDetailsDetector(DemoCouncilRules);
        var scores = Enum.GetValues<IdentifyingDetailKind>().ToDictionary(k => k, _ => new Score());
        var mistakes = new StringBuilder();

        // Act
        foreach (var sentence in corpus)
        {
            var found = detector.Find(sentence.Text);
            var matched = new HashSet<IdentifyingDetail>();
            foreach (var finding in found)
            {
                var hit = sentence.Expected.FirstOrDefault(e => e.Kind == finding.Kind && e.Overlaps(finding) && !matched.Contains(e));
                if (hit is null)
                {
                    scores[finding.Kind].FalsePositives++;
                    mistakes.AppendLine(CultureInfo.InvariantCulture, $"  extra {finding.Kind} \"{finding.Text}\" in: {sentence.Text}");
                }
                else
                {
                    matched.Add(hit);
                    scores[finding.Kind].TruePositives++;
                }
            }

            foreach (var missed in sentence.Expected.Where(e => !matched.Contains(e)))
            {
                scores[missed.Kind].FalseNegatives++;
                mistakes.AppendLine(CultureInfo.InvariantCulture, $"  missed {missed.Kind} \"{missed.Text}\" in: {sentence.Text}");
            }
        }

        // Assert (the table is printed for the record: dotnet test --logger "console;verbosity=detailed")
        output.WriteLine(Table(scores));
        output.WriteLine(mistakes.ToString());
        foreach (var kind in HighRecallKinds)
        {
            Assert.True(scores[kind].Recall >= highRecall, $"{kind} recall {scores[kind].Recall:0.00}\n{mistakes}");
        }

        Assert.True(scores[IdentifyingDetailKind.PersonName].Recall >= nameRecall, $"Name recall {scores[IdentifyingDetailKind.PersonName].Recall:0.00}\n{mistakes}");
        var total = new Score
        {
            TruePositives = scores.Values.Sum(s => s.TruePositives),
            FalsePositives = scores.Values.Sum(s => s.FalsePositives),
            FalseNegatives = scores.Values.Sum(s => s.FalseNegatives),
        };
        Assert.True(total.Precision >= 0.8, $"Overall precision {total.Precision:0.00}\n{mistakes}");
    }

    private static string Table(Dictionary<IdentifyingDetailKind, Score> scores)
    {
        var table = new StringBuilder("| kind | labelled | found right | extra | missed | precision | recall |\n|---|---|---|---|---|---|---|\n");
        foreach (var (kind, score) in scores)
        {
            table.AppendLine(CultureInfo.InvariantCulture,
                $"| {kind} | {score.TruePositives + score.FalseNegatives} | {score.TruePositives} | {score.FalsePositives} | {score.FalseNegatives} | {score.Precision:0.00} | {score.Recall:0.00} |");
        }

        return table.ToString();
    }

    internal static List<LabelledSentence> LoadCorpus(string name = "corpus")
    {
        var path = Path.Combine(AppContext.BaseDirectory, "ReflectionQuality", $"identifying-details-{name}.tsv");
        var sentences = new List<LabelledSentence>();
        foreach (var line in File.ReadAllLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var columns = line.Split('\t');
            Assert.True(columns.Length == 2, $"Not sentence<TAB>labels: {line}");
            var text = columns[0];
            var expected = columns[1] == "-"
                ? []
                : columns[1].Split(" | ").Select(label => Label(text, label)).ToList();
            sentences.Add(new LabelledSentence(text, expected));
        }

        return sentences;
    }

    private static IdentifyingDetail Label(string sentence, string label)
    {
        var parts = label.Split('=', 2);
        var kind = Enum.Parse<IdentifyingDetailKind>(parts[0]);
        var start = sentence.IndexOf(parts[1], StringComparison.Ordinal);
        Assert.True(start >= 0, $"\"{parts[1]}\" is not in: {sentence}");
        return new IdentifyingDetail(kind, start, parts[1].Length, parts[1]);
    }

    internal sealed record LabelledSentence(string Text, List<IdentifyingDetail> Expected);

    private sealed class Score
    {
        public int TruePositives { get; set; }

        public int FalsePositives { get; set; }

        public int FalseNegatives { get; set; }

        public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

        public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
    }
}
