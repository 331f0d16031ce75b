using System.Buffers;
using System.Text.RegularExpressions;

namespace CpdPortal.Domain.ReflectionQuality;

/// <summary>
/// Finds the parts of a reflection that could identify a child, a family or a colleague, so that the form can
/// warn the writer before the text is saved. Pure, offline and quick (a millisecond or two of work for 4,000
/// characters, docs/adr/0024): no outside service sees the text. It advises and never blocks: the writer edits or confirms.
/// </summary>
public sealed partial class IdentifyingDetailsDetector
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(250);

    /// <summary>When two findings overlap, the one of the kind earlier in this list is kept.</summary>
    private static readonly IdentifyingDetailKind[] Precedence =
    [
        IdentifyingDetailKind.EmailAddress, IdentifyingDetailKind.NhsNumber,
        IdentifyingDetailKind.NationalInsuranceNumber, IdentifyingDetailKind.PhoneNumber,
        IdentifyingDetailKind.Postcode, IdentifyingDetailKind.DateOfBirth, IdentifyingDetailKind.CaseIdentifier,
        IdentifyingDetailKind.Address, IdentifyingDetailKind.SchoolName, IdentifyingDetailKind.PersonName,
    ];

    private readonly Regex[] _caseIdentifiers;
    private readonly Regex? _schools;
    private readonly Regex _knownPhrases;

    /// <summary>
    /// The first words of the council's own place, team and service names ("Bitterne" of "Bitterne Park Hub"), unless
    /// they are common first names: a capitalised pair starting with one ("Bitterne Park") is a place, not a person.
    /// </summary>
    private readonly HashSet<string> _placeWords;

    public IdentifyingDetailsDetector(IdentifyingDetailsRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _caseIdentifiers = rules.CaseIdentifierPatterns
            .Where(p => !string.IsNullOrWhiteSpace(p))
            .Select(p => new Regex(p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, Timeout))
            .ToArray();
        _schools = rules.SchoolNames.Any(s => !string.IsNullOrWhiteSpace(s)) ? PhraseRegex(rules.SchoolNames) : null;
        _knownPhrases = PhraseRegex(ProfessionalPhrases.All.Concat(rules.KnownPhrases));
        _placeWords = new HashSet<string>(
            rules.KnownPhrases
                .Select(p => p.Trim().Split(' ', 2)[0])
                .Where(w => w.Length > 1 && char.IsUpper(w[0]) && !CommonFirstNames.Contains(w)),
            StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Whether <paramref name="pattern"/> is a regular expression the detector can use for case identifiers.</summary>
    public static bool IsValidPattern(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, Timeout);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Every identifying detail in <paramref name="text"/>, in the order they appear, none overlapping.</summary>
    public IReadOnlyList<IdentifyingDetail> Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        // Most patterns need digits or an @: a text without them skips those patterns (most reflections have few).
        var digits = CountDigits(text);
        var found = new List<IdentifyingDetail>();
        var emails = text.Contains('@', StringComparison.Ordinal) ? Matches(EmailPattern(), text) : [];
        found.AddRange(emails.Select(e => new IdentifyingDetail(IdentifyingDetailKind.EmailAddress, e.Index, e.Length, e.Value)));
        if (digits >= 6)
        {
            Collect(found, text, IdentifyingDetailKind.NhsNumber, NhsNumberPattern(), IsNhsNumber);
            Collect(found, text, IdentifyingDetailKind.NationalInsuranceNumber, NationalInsurancePattern());
            Collect(found, text, IdentifyingDetailKind.PhoneNumber, PhonePattern(), IsUkPhoneNumber);
        }

        if (digits >= 2)
        {
            Collect(found, text, IdentifyingDetailKind.Postcode, PostcodePattern());
            Collect(found, text, IdentifyingDetailKind.DateOfBirth, BirthDatePattern());
            CollectAgesWithDates(found, text);
        }

        if (digits >= 5)
        {
            CollectCaseIdentifiers(found, text);
        }

        foreach (var pattern in _caseIdentifiers)
        {
            Collect(found, text, IdentifyingDetailKind.CaseIdentifier, pattern);
        }

        Collect(found, text, IdentifyingDetailKind.Address, HouseAddressPattern());
        Collect(found, text, IdentifyingDetailKind.Address, LivesOnPattern());
        Collect(found, text, IdentifyingDetailKind.Address, FlatPattern());
        if (_schools is not null)
        {
            Collect(found, text, IdentifyingDetailKind.SchoolName, _schools);
        }

        if (text.AsSpan().ContainsAny(SchoolWords))
        {
            Collect(found, text, IdentifyingDetailKind.SchoolName, SchoolPattern());
        }
        var emailNames = emails.Select(e => e.Value[..e.Value.IndexOf('@', StringComparison.Ordinal)]).ToList();
        foreach (var match in Matches(FirstAndSurnamePattern(), text))
        {
            if (_placeWords.Contains(match.Groups["first"].Value) || !IsFirstAndSurname(match, text, emailNames))
            {
                continue;
            }

            var surname = match.Groups["surname"];
            var length = surname.Index + surname.Length - match.Index;
            found.Add(new IdentifyingDetail(IdentifyingDetailKind.PersonName, match.Index, length, text.Substring(match.Index, length)));
        }

        Collect(found, text, IdentifyingDetailKind.PersonName, TitleAndSurnamePattern(), m =>
            m.Groups["lower"].Success ? !NotALowerCaseSurname.Contains(m.Groups["lower"].Value) : !NotASurname.Contains(m.Groups["surname"].Value));

        if (found.Count == 0)
        {
            return [];
        }

        if (found.Exists(f => f.Kind is IdentifyingDetailKind.PersonName or IdentifyingDetailKind.SchoolName or IdentifyingDetailKind.Address))
        {
            var known = Matches(_knownPhrases, text);
            found.RemoveAll(f => IsInsideKnownPhrase(f, known));
        }
        return Resolve(found, text.Length);
    }

    /// <summary>One of these words is in every text <see cref="SchoolPattern"/> matches: without them it need not run.</summary>
    private static readonly SearchValues<string> SchoolWords = SearchValues.Create(
        ["School", "Academy", "College", "Primary", "Infants", "Juniors", "Coleg", "Ysgol", "Scoil", "Sgoil"], StringComparison.Ordinal);

    private static int CountDigits(string text)
    {
        var digits = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
        }

        return digits;
    }

    private static void Collect(List<IdentifyingDetail> found, string text, IdentifyingDetailKind kind, Regex pattern, Func<Match, bool>? accept = null)
    {
        foreach (var match in Matches(pattern, text))
        {
            if (accept is null || accept(match))
            {
                var part = match.Groups["part"] is { Success: true } group ? group : (Group)match;
                found.Add(new IdentifyingDetail(kind, part.Index, part.Length, part.Value.TrimEnd()));
            }
        }
    }

    /// <summary>Whether a pattern matches; one that runs too long does not, rather than fail the save.</summary>
    private static bool IsMatch(Regex pattern, string text)
    {
        try
        {
            return pattern.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>The matches of a pattern; a pattern that runs too long finds nothing rather than delaying a save.</summary>
    private static List<Match> Matches(Regex pattern, string text)
    {
        var matches = new List<Match>();
        try
        {
            for (var match = pattern.Match(text); match.Success; match = match.NextMatch())
            {
                matches.Add(match);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Advice only: a pathological text loses this one check, never the save.
        }

        return matches;
    }

    /// <summary>
    /// A run of 5 to 10 digits (with up to three letters and a hyphen before it, "CN-204512") after a case-system
    /// keyword ("case ID", "Mosaic", "referral no.") or "ID"/"Ref". Found from the digits backwards: searching for the
    /// keywords at every letter of a long text is the slow way round.
    /// </summary>
    private static void CollectCaseIdentifiers(List<IdentifyingDetail> found, string text)
    {
        foreach (var digits in Matches(DigitRunPattern(), text))
        {
            var start = digits.Index;
            if (start > 0 && text[start - 1] == '-')
            {
                start--;
            }

            var letters = 0;
            while (letters < 3 && start > 0 && char.IsAsciiLetter(text[start - 1]))
            {
                start--;
                letters++;
            }

            if (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] == '_'))
            {
                continue;
            }

            var windowStart = Math.Max(0, start - 40);
            var before = text[windowStart..start];
            var end = digits.Index + digits.Length;
            if (IsMatch(CaseKeywordBefore(), before))
            {
                found.Add(new IdentifyingDetail(IdentifyingDetailKind.CaseIdentifier, start, end - start, text[start..end]));
            }
            else if (Matches(IdKeywordBefore(), before) is [var id, ..])
            {
                var from = windowStart + id.Index;
                found.Add(new IdentifyingDetail(IdentifyingDetailKind.CaseIdentifier, from, end - from, text[from..end]));
            }
        }
    }

    /// <summary>An age ("aged 7", "a 7-year-old") and a date in the same sentence: the date is reported.</summary>
    private static void CollectAgesWithDates(List<IdentifyingDetail> found, string text)
    {
        if (!IsMatch(AgePattern(), text) && !IsMatch(BirthWordPattern(), text))
        {
            return;
        }

        try
        {
            foreach (var sentence in SentencePattern().EnumerateMatches(text))
            {
                var span = text.AsSpan(sentence.Index, sentence.Length);
                if (!AgePattern().IsMatch(span) && !BirthWordPattern().IsMatch(span))
                {
                    continue;
                }

                foreach (var date in DatePattern().EnumerateMatches(span))
                {
                    var start = sentence.Index + date.Index;
                    found.Add(new IdentifyingDetail(IdentifyingDetailKind.DateOfBirth, start, date.Length, text.Substring(start, date.Length)));
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Advice only: a pathological text loses this one check, never the save.
        }
    }

    private static bool IsInsideKnownPhrase(IdentifyingDetail finding, List<Match> known) =>
        finding.Kind is IdentifyingDetailKind.PersonName or IdentifyingDetailKind.SchoolName or IdentifyingDetailKind.Address
        && known.Any(k => k.Index <= finding.Start && finding.End <= k.Index + k.Length);

    /// <summary>
    /// Keeps the findings that overlap none kept before them, in the order of <see cref="Precedence"/> then position
    /// (longer first): one pass over the findings, marking the characters taken, rather than comparing every pair.
    /// </summary>
    private static List<IdentifyingDetail> Resolve(List<IdentifyingDetail> findings, int textLength)
    {
        if (findings.Count <= 1)
        {
            return findings;
        }

        findings.Sort(static (a, b) =>
        {
            var byKind = Rank(a.Kind).CompareTo(Rank(b.Kind));
            if (byKind != 0)
            {
                return byKind;
            }

            var byStart = a.Start.CompareTo(b.Start);
            return byStart != 0 ? byStart : b.Length.CompareTo(a.Length);
        });

        var taken = new bool[textLength];
        var kept = new List<IdentifyingDetail>(findings.Count);
        foreach (var finding in findings)
        {
            if (Array.IndexOf(taken, true, finding.Start, finding.Length) >= 0)
            {
                continue;
            }

            Array.Fill(taken, true, finding.Start, finding.Length);
            kept.Add(finding);
        }

        kept.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }

    private static int Rank(IdentifyingDetailKind kind) => Array.IndexOf(Precedence, kind);

    /// <summary>
    /// A common first name and a capitalised word that is not an ordinary word, or a capitalised word that could be
    /// a first name (not a word of the language's usual shapes) and a common surname.
    /// </summary>
    private static bool IsFirstAndSurname(Match match, string text, List<string> emailNames)
    {
        var first = match.Groups["first"].Value;
        var surname = match.Groups["surname"].Value;
        if (NotASurname.Contains(surname) || NotASurname.Contains(first) || CommonFirstNamesThatAreWords.Contains(first + " " + surname))
        {
            return false;
        }

        if (first.Split('-').Any(CommonFirstNames.Contains))
        {
            return true;
        }

        return CouldBeAFirstName(first)
            && (CommonSurnames.Contains(surname) || LooksLikeASurname(first, surname) || IsFollowedByAPersonalDetail(match, text) || emailNames.Any(local => local.Contains(first, StringComparison.OrdinalIgnoreCase) || local.Contains(surname, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>
    /// Shapes English words rarely have: letters beyond ASCII (Siobhán, Wiśniewski), a Mc/Mac/O' prefix, or an ending
    /// common in surnames of the communities the council serves (-ski, -escu, -enko, -kumar...).
    /// </summary>
    private static bool LooksLikeASurname(string first, string surname) =>
        first.Any(c => c > '\u007f') || surname.Any(c => c > '\u007f')
        || surname.StartsWith("Mc", StringComparison.Ordinal) || surname.StartsWith("O'", StringComparison.Ordinal) || surname.StartsWith("O’", StringComparison.Ordinal)
        || SurnameEndings.Any(e => surname.Length > e.Length + 2 && surname.EndsWith(e, StringComparison.Ordinal));

    private static readonly string[] SurnameEndings =
    [
        "ski", "ska", "wicz", "czyk", "escu", "eanu", "enko", "chuk", "ova", "ienė", "aite", "auskas", "poulos", "akis",
        "oglu", "kumar", "nathan", "rajah", "rajan", "aran", "mariam", "giorgis", "ahmadi", "zadeh", "ullah", "uddin",
    ];

    /// <summary>A name is followed by a detail only a person has: "(7)", "(dad)", ", DOB", "'s NHS number".</summary>
    private static bool IsFollowedByAPersonalDetail(Match match, string text)
    {
        var surname = match.Groups["surname"];
        var end = surname.Index + surname.Length;
        var after = text.AsSpan(end, Math.Min(24, text.Length - end)).ToString();
        return IsMatch(PersonalDetailAfterName(), after);
    }

    /// <summary>Words after a lower-case "mr" or "mrs" that are not a surname ("mr and mrs", "mrs said").</summary>
    private static readonly HashSet<string> NotALowerCaseSurname = new(StringComparer.Ordinal)
    {
        "and", "the", "was", "has", "had", "said", "says", "will", "would", "can", "could", "did", "not", "also", "then",
        "for", "with", "from", "who", "asked", "told", "refused", "agreed", "came", "went", "called", "rang", "phoned",
        "stated", "reported", "explained", "attended", "arrived", "left", "is", "are", "were", "been", "being",
    };

    /// <summary>Not a word that starts a sentence as a verb, adverb or plural ("Using Gibbs", "Recently Khan", "Reading Munro").</summary>
    private static bool CouldBeAFirstName(string word) =>
        word.Length >= 3
        && !word.EndsWith("ing", StringComparison.Ordinal)
        && !word.EndsWith("ed", StringComparison.Ordinal)
        && !word.EndsWith("ly", StringComparison.Ordinal)
        && !word.EndsWith("ers", StringComparison.Ordinal)
        && !NotAFirstName.Contains(word);

    /// <summary>Capitalised words that come before a surname-like word without being a first name.</summary>
    private static readonly HashSet<string> NotAFirstName = new(StringComparer.Ordinal)
    {
        "Professor", "Prof", "Judge", "Lord", "Lady", "Sir", "Dame", "Baroness", "Justice", "Saint", "Sergeant",
        "Constable", "Inspector", "Councillor", "Cllr", "Nurse", "Doctor", "Father", "Sister", "Brother", "Mother",
        "Aunt", "Uncle", "Nan", "Nanna", "Grandad", "Grandma", "Granny", "Dad", "Mum", "Auntie", "Per", "Via", "Like",
        "Unlike", "Read", "Use", "See", "Ask", "Following", "Whereas", "Although", "Because", "Since", "Until",
        "Where", "Why", "How", "What", "Who", "Whom", "Whose", "Which", "Once", "Also", "Then", "Thus", "Hence",
        "However", "Therefore", "Still", "Even", "Just", "Only", "Perhaps", "Maybe", "Please", "Thank", "Thanks",
        "Dear", "Hello", "Hi", "Regards", "Best", "Kind", "Many", "Most", "More", "Less", "Few", "Several", "Other",
        "Others", "Another", "Such", "Any", "None", "Nothing", "Everything", "Something", "Anything", "Here",
        "There", "Now", "Soon", "Later", "Early", "Late", "Good", "Great", "Poor", "Big", "Small", "Young", "Old",
        "New", "High", "Low", "Long", "Short", "Full", "Whole", "Key", "Main", "Own", "Our", "Your", "Their",
        "Reflective", "Model", "Review", "Theory", "Approach", "Cycle", "Report", "Case", "Child", "Family",
        "Children", "Parent", "Parents", "Carer", "Carers", "Young", "People", "Person", "Staff", "Team", "Service",
        "National", "Local", "County", "City", "Borough", "District", "North", "South", "East", "West", "Central",
        "Royal", "General", "Community", "Primary", "Secondary", "Junior", "Senior", "Adult", "Adults", "Social",
        "Serious", "Case", "Practice", "Learning", "Training", "Course", "Module", "Session", "Supervision",
    };

    /// <summary>Ten digits whose last is the NHS modulus-11 check digit of the first nine, or labelled "NHS".</summary>
    private static bool IsNhsNumber(Match match)
    {
        if (match.Groups["label"].Success)
        {
            return true;
        }

        var digits = match.Groups["number"].Value.Where(char.IsAsciiDigit).Select(c => c - '0').ToArray();
        if (digits.Length != 10)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += digits[i] * (10 - i);
        }

        var check = 11 - (sum % 11);
        return check switch
        {
            11 => digits[9] == 0,
            10 => false,
            _ => digits[9] == check,
        };
    }

    /// <summary>A UK number: 10 or 11 digits from a leading 0, or 9 or 10 after +44.</summary>
    private static bool IsUkPhoneNumber(Match match)
    {
        var value = match.Value;
        var digits = value.Count(char.IsAsciiDigit);
        if (value.StartsWith('+'))
        {
            var national = digits - 2 - (value.Contains("(0)", StringComparison.Ordinal) ? 1 : 0);
            return national is 9 or 10;
        }

        return digits is 10 or 11;
    }

    private static Regex PhraseRegex(IEnumerable<string> phrases)
    {
        var alternatives = phrases
            .Where(p => !string.IsNullOrWhiteSpace(p))
            .Select(p => Regex.Escape(p.Trim()).Replace("'", "['’]", StringComparison.Ordinal))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(p => p.Length);
        // A list of literal phrases runs in linear time, so it has no timeout: on a loaded machine the 250 ms of the other
        // patterns can pass before this one has run at all, and losing the known phrases would report them.
        return new Regex(@"(?<!\w)(?:" + string.Join('|', alternatives) + @")(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, Regex.InfiniteMatchTimeout);
    }

    /// <summary>Capitalised words that follow a first name without being a surname: "Grace Day", "Will Court".</summary>
    private static readonly HashSet<string> NotASurname = new(StringComparer.Ordinal)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "Day", "Week", "Month", "Year", "Team", "Teams", "Hub", "Service", "Services",
        "Council", "Court", "Centre", "Center", "School", "Academy", "College", "University", "Hospital", "Road",
        "Street", "Lane", "Avenue", "House", "Unit", "Ward", "Panel", "Board", "Forum", "Group", "Plan", "Plans",
        "Order", "Orders", "Act", "Review", "Meeting", "Conference", "Care", "Help", "Safety", "Protection",
        "England", "Scotland", "Wales", "Ireland", "Britain", "London", "Trust", "Foundation", "Project",
        "Programme", "Network", "Partnership", "Model", "Framework", "Standard", "Standards", "Training",
        "Workshop", "Course", "Module", "Session", "Sessions", "Supervision", "Reflection", "Practice",
        "Policy", "Procedure", "Procedures", "Assessment", "Assessments", "Level", "Manager", "Worker", "Officer",
        "Lead", "Leader", "Director", "Chair", "Nurse", "Doctor", "Health", "Education", "Police", "The", "And",
        "I", "We", "He", "She", "They", "It", "This", "That", "These", "Those", "A", "An", "On", "In", "At", "To",
        "For", "With", "From", "After", "Before", "During", "When", "While", "If", "But", "So", "Then", "My",
        "Our", "Their", "His", "Her", "Its", "Your", "Yes", "No", "Not", "Also", "Both", "All", "Some", "Every",
        "Each", "Next", "Last", "First", "Second", "Third", "Today", "Tomorrow", "Yesterday", "Christmas",
        "Easter", "Bank", "Holiday", "Holidays", "Term", "Half", "Street's", "Act's", "Team's", "Court's",
        "Council's", "Service's", "Teams'", "Social", "Work", "Worker's", "Unit's",
    };

    /// <summary>Pairs of a first name and a capitalised word that are ordinary phrases, not a person.</summary>
    private static readonly HashSet<string> CommonFirstNamesThatAreWords = new(StringComparer.Ordinal)
    {
        "Will Power", "Hope Not", "Grace Period", "Max Out", "Mark Scheme", "Faith Groups", "Faith Leaders",
    };

    [GeneratedRegex(@"(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?!\w)", RegexOptions.CultureInvariant, 250)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"(?:(?<label>\bNHS\s*(?:no\.?|number|num|#)?\s*(?:is|:|-|,)?\s*)(?<part>(?<number>\d{3}[\s-]?\d{3}[\s-]?\d{4}))|(?<![\d+])(?!0)(?<number>\d{3}[\s-]?\d{3}[\s-]?\d{4}))(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 250)]
    private static partial Regex NhsNumberPattern();

    [GeneratedRegex(@"(?<![A-Za-z0-9])(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][ ]?\d{2}[ ]?\d{2}[ ]?\d{2}[ ]?[A-D](?![A-Za-z0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 250)]
    private static partial Regex NationalInsurancePattern();

    [GeneratedRegex(@"(?<![\w+])(?:\+44[\s-]?(?:\(0\)[\s-]?)?\(?|\(?0)\d(?:[\s-]?\)?[\s-]?\d){7,10}(?!\d)", RegexOptions.CultureInvariant, 250)]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"(?<![A-Za-z0-9])(?:GIR ?0AA|[A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY]) ?[0-9][ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 250)]
    private static partial Regex PostcodePattern();

    private const string Months = "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";

    private const string Date =
        @"(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})(?!\d)|\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + Months + @")\.?,?\s+\d{4}|(?:" + Months + @")\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})";

    [GeneratedRegex(@"\b(?:DOB|D\.O\.B\.?|date of birth|born(?:\s+on)?|birthday)(?:\s+(?:is|was|on))?[\s:,(\-–]*(?:the\s+)?(?<part>" + Date + @"|(?:in\s+)?(?:" + Months + @")\s+\d{4})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 250)]
    private static partial Regex BirthDatePattern();

    [GeneratedRegex(Date, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 250)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"(?:\(\s*\d{1,2}\s*(?:(?:years?|yrs?|months?|mths?|weeks?|wks?)(?:\s+old)?)?\s*\)|\b(?:aged?\s+\d{1,2}|\d{1,2}[\s-]?(?:years?|yrs?)[\s-]?old|\d{1,2}[\s-]?(?:month|week)s?[\s-]?old)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 250)]
    private static partial Regex AgePattern();

    [GeneratedRegex(@"\b(?:DOB|D\.O\.B|date of birth|born|birthday)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 250)]
    private static partial Regex BirthWordPattern();

    [GeneratedRegex(@"^\s*(?:\(\s*(?:\d{1,2}|mum|dad|mother|father|mam|nan|nana|gran|grandad|grandma|grandmother|grandfather|aunt|auntie|uncle|stepdad|stepmum|carer|sw|child|son|daughter|brother|sister|baby|yp|cyp)\b|,\s*(?:DOB|D\.O\.B|NHS|NI\b|aged|born|\d{1,2}\s*,)|['’]s?\s+(?:NHS|DOB|D\.O\.B|date of birth|mum|dad|mother|father|nan|gran|school|GP|birth))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 250)]
    private static partial Regex PersonalDetailAfterName();

    [GeneratedRegex(@"(?:[^.!?\n]|(?<=\d)\.(?=\d))+(?:[.!?]+|$)", RegexOptions.CultureInvariant, 250)]
    private static partial Regex SentencePattern();

    [GeneratedRegex(@"(?<!\d)\d{5,10}(?![\w])", RegexOptions.CultureInvariant, 250)]
    private static partial Regex DigitRunPattern();

    [GeneratedRegex(@"(?<!\w)(?:case|child|person|client|family|referral|Mosaic|LCS|EHM|ICS|Eclipse)\s*(?:id|no\.?|number|ref(?:erence)?|#)?\s*[:#]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 250)]
    private static partial Regex CaseKeywordBefore();

    [GeneratedRegex(@"(?<!\w)(?:ID|Ref)\s*[:#]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 250)]
    private static partial Regex IdKeywordBefore();

    private const string StreetSuffix = "Road|Rd|Street|St|Avenue|Ave|Lane|Close|Drive|Way|Crescent|Court|Place|Grove|Gardens|Terrace|Walk|Square|Hill|Row|Mews|Parade|Rise|View|Green|Vale|Park|Estate";

    [GeneratedRegex(@"(?<![\w/])\d{1,4}[A-Za-z]?,?\s+(?:[A-Z][a-z'’]+\s+){1,3}(?:" + StreetSuffix + @")\b\.?", RegexOptions.CultureInvariant, 250)]
    private static partial Regex HouseAddressPattern();

    [GeneratedRegex(@"\b(?:lives?|living|lived|moved|resides?|residing|staying|stays|address(?:\s+is)?)\s+(?:on|at|in|to|is)\s+(?:the\s+)?(?<part>(?:[A-Z][a-z'’]+\s+){1,3}(?:" + StreetSuffix + @")\b)", RegexOptions.CultureInvariant, 250)]
    private static partial Regex LivesOnPattern();

    [GeneratedRegex(@"\b(?:Flat|Apartment|Apt\.?)\s+\d{1,4}[A-Za-z]?\b(?:,?\s+(?:[A-Z][a-z'’]+\s+){1,3}(?:House|Court|Tower|Lodge|Mansions|Heights|Point|Block))?", RegexOptions.CultureInvariant, 250)]
    private static partial Regex FlatPattern();

    [GeneratedRegex(@"(?:\b(?:Coleg|Ysgol|Scoil|Sgoil)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}|(?:\bSt\.?\s+)?(?!(?:The|A|An|At|In|From|To|Our|His|Her|Their|My|Its|This|That|Every|Each|Which|Local|Both|Another|New|Old|Same)\s)(?:\p{Lu}[\p{Ll}'’]+\s+(?:(?:of|the|and)\s+)?){1,5}(?:(?:Primary|Infant|Infants|Junior|Nursery|Secondary|High|Grammar|Community|C of E|CE|RC|Catholic|Free|Special|Church of England)\s+)*(?:School|Academy|College|Primary|Infants|Juniors)\b)", RegexOptions.CultureInvariant, 250)]
    private static partial Regex SchoolPattern();

    [GeneratedRegex(@"(?<![\w-])(?<first>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?=\s+(?<surname>(?:Mc|Mac|O['’]|D['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?:['’]s)?(?!\w))", RegexOptions.CultureInvariant, 250)]
    private static partial Regex FirstAndSurnamePattern();

    [GeneratedRegex(@"(?<!\w)(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+(?<surname>(?:Mc|Mac|O['’]|D['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)|(?:mr|mrs|miss|mx)\.?\s+(?<lower>\p{Ll}{3,}))(?!\w)", RegexOptions.CultureInvariant, 250)]
    private static partial Regex TitleAndSurnamePattern();
}
