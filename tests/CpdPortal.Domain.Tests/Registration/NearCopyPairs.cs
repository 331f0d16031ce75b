namespace CpdPortal.Domain.Tests.Registration;

/// <summary>
/// A small labelled set of pairs of CPD writing, written for the purpose (no real person's record), from which the
/// near-copy threshold in docs/adr/0028 was chosen. "Copy" pairs are the same record twice or last year's entry reused
/// with light edits; "distinct" pairs are different pieces of CPD on the same or a close topic, including the same
/// course attended a year apart and written afresh, which must not be flagged.
/// </summary>
public static class NearCopyPairs
{
    public sealed record Pair(string Name, bool IsCopy, string First, string Second);

    private const string SignsOfSafety2025 =
        "Two-day Signs of Safety refresher run by the learning academy for the Protection and Court Team. "
        + "I learnt to write danger statements and safety goals in words a parent can understand, and to keep the scaling question separate from my own worry. "
        + "Since the course I have rewritten the safety goals in two of my plans with the families, and the parents told me they could finally see what we were asking of them. "
        + "Discussing it with my supervisor helped me see that I had been writing plans for the conference rather than for the family.";

    private const string MotivationalInterviewing =
        "Half-day workshop on motivational interviewing with young people who use substances. "
        + "I learnt the difference between sustain talk and change talk and how reflecting change talk back keeps a conversation going without arguing. "
        + "In my visits I now ask open questions first and summarise before I give advice, and a young person I work with has started to talk about what she wants to change. "
        + "Talking it through with a colleague in group supervision, we agreed to practise reflections on each other before the next visits.";

    private const string CourtSkills =
        "Court skills training with the council's legal team on preparing a statement for care proceedings. "
        + "I learnt to separate facts from analysis, to reference the evidence for each concern and to write the threshold in plain language. "
        + "My last statement was shorter and the legal adviser needed fewer amendments; the parents' solicitor did not dispute the chronology. "
        + "My peer from the court team read my draft and pointed out where I had repeated the same concern under three headings.";

    private const string ContextualSafeguarding =
        "Reading the contextual safeguarding guidance and the local exploitation protocol, then a team discussion. "
        + "I learnt to look at the places and peer groups where harm happens, not only at the family, and to bring in partners who know those places. "
        + "I now map the locations and friendships in my assessments of teenagers at risk outside the home and share them with youth workers and the police at the strategy meeting. "
        + "In our reflective team meeting we discussed how our referral forms still ask only about parents.";

    public static IReadOnlyList<Pair> All { get; } =
    [
        // --- Copies: the same record twice, or last year's reused ---
        new("verbatim copy", true, SignsOfSafety2025, SignsOfSafety2025),
        new("copy with the year and team changed", true, SignsOfSafety2025,
            SignsOfSafety2025.Replace("Two-day", "One-day", StringComparison.Ordinal).Replace("Protection and Court Team", "Children in Care Team", StringComparison.Ordinal)),
        new("copy re-punctuated and re-spaced", true, MotivationalInterviewing,
            MotivationalInterviewing.Replace(". ", ".\n\n", StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal).ToUpperInvariant()),
        new("copy with a sentence added at the end", true, CourtSkills,
            CourtSkills + " I would like to attend the advanced session next year and will ask my manager about it in my next supervision."),
        new("copy with the peer reflection removed", true, ContextualSafeguarding,
            ContextualSafeguarding[..ContextualSafeguarding.IndexOf(" In our reflective", StringComparison.Ordinal)]),
        new("copy with sentences reordered", true, CourtSkills,
            "My last statement was shorter and the legal adviser needed fewer amendments; the parents' solicitor did not dispute the chronology. "
            + "Court skills training with the council's legal team on preparing a statement for care proceedings. "
            + "My peer from the court team read my draft and pointed out where I had repeated the same concern under three headings. "
            + "I learnt to separate facts from analysis, to reference the evidence for each concern and to write the threshold in plain language."),
        new("last year's entry with a few words swapped", true, SignsOfSafety2025,
            "Two-day Signs of Safety refresher run by the learning academy for our team. "
            + "I learnt to write danger statements and safety goals in words parents can understand, and to keep the scaling question apart from my own worry. "
            + "Since the training I have rewritten the safety goals in three of my plans with the families, and the parents said they could finally see what we were asking of them. "
            + "Discussing it with my manager helped me see that I had been writing plans for the conference rather than for the family."),
        new("copy with about one word in five changed", true, MotivationalInterviewing,
            "Half-day session on motivational interviewing with teenagers who use drugs. "
            + "I learnt the difference between sustain talk and change talk and how reflecting it back keeps a conversation moving without arguing. "
            + "On my visits I now ask open questions first and summarise before I offer advice, and one young person I support has started to talk about what she would like to change. "
            + "Talking it over with a colleague in group supervision, we agreed to practise reflections with each other before the next visits."),
        new("copy with one answer rewritten", true, ContextualSafeguarding,
            "Reading the contextual safeguarding guidance and the local exploitation protocol, then a team discussion. "
            + "I learnt to look at the places and peer groups where harm happens, not only at the family, and to bring in partners who know those places. "
            + "It has changed how I start assessments: I ask the young person where they feel unsafe before anything else, and I invite the school's pastoral lead to the first meeting. "
            + "In our reflective team meeting we discussed how our referral forms still ask only about parents."),
        new("copy shortened to two answers", true, CourtSkills,
            "I learnt to separate facts from analysis, to reference the evidence for each concern and to write the threshold in plain language. "
            + "My last statement was shorter and the legal adviser needed fewer amendments; the parents' solicitor did not dispute the chronology."),

        // --- Distinct: different CPD, including the same topic written afresh ---
        new("same course a year later, written afresh", false, SignsOfSafety2025,
            "Signs of Safety refresher again this year, this time with the new mapping template. "
            + "What struck me was how much the three columns depend on the questions I ask: I had slipped back into asking what is wrong rather than what is working well. "
            + "I have started each home visit with the family's own scaling and kept their words in the assessment, and one father said it was the first meeting he did not dread. "
            + "My supervisor and I looked at one of my maps together and she challenged me on whether my danger statement was really about the child's experience."),
        new("same topic, different people and learning", false, MotivationalInterviewing,
            "E-learning module on motivational interviewing for the early help team, followed by a practice circle. "
            + "The module explained the spirit of the approach: partnership, acceptance, compassion and evocation, which I had not met as a framework before. "
            + "I have used a readiness ruler with a mother who is thinking about a parenting course, and she chose a date herself. "
            + "At the practice circle a family support worker showed how she uses pictures instead of numbers with younger children."),
        new("two court entries about different parts of proceedings", false, CourtSkills,
            "Shadowed a senior practitioner at a contested final hearing. "
            + "I saw how she answered cross-examination by going back to the evidence in her statement and conceding points that were fair. "
            + "Before my own hearing next month I have listed the weaknesses in my evidence and how I will answer them, rather than hoping they are not raised. "
            + "We talked afterwards about how tiring the day was and how she prepares herself the night before."),
        new("contextual safeguarding vs exploitation screening", false, ContextualSafeguarding,
            "Multi-agency training on the child exploitation screening tool used by the front door. "
            + "I learnt which indicators the police and health partners weigh most and why a single missing episode can matter. "
            + "I now complete the screening tool with the young person's own account of each episode and send it the same day, which has made return home interviews quicker to arrange. "
            + "The discussion with the exploitation lead helped me see how we can record concerns about places without naming other children."),
        new("short entries on different topics", false,
            "Read the new practice guidance on recording. I learnt to write for the child who may read it later.",
            "Attended the team away day. I learnt how the duty rota will change in January and who to ask for help."),
        new("shared course description, different learning", false,
            "Attended Safeguarding children level 3 (Learning academy). Added by the learning academy when attendance was marked. "
            + "I learnt how to recognise neglect that builds up slowly and how to use a chronology to show it to partners. "
            + "I now keep a running chronology for each family from the first visit.",
            "Attended Safeguarding children level 3 (Learning academy). Added by the learning academy when attendance was marked. "
            + "The session on disabled children made me realise I often speak to parents instead of the child; I now plan communication aids before visits. "
            + "A speech and language therapist joined my last visit and the boy told us about school himself."),
        new("same peer reflection phrase, different entries", false,
            "Critical incident analysis with the team after a late referral. I learnt that our handover notes miss what was not done. "
            + "We now note outstanding checks at each handover. Discussed with my supervisor, who helped me see it was a system gap rather than one person's fault.",
            "Observed a child protection conference chaired by a new independent reviewing officer. I learnt how a chair keeps parents in the room when the discussion is hard. "
            + "I now prepare parents for what will be said before the meeting. Discussed with my supervisor, who helped me see what I could ask the chair for."),
        new("two supervision-based reflections", false,
            "Reflective supervision on a case where a teenager would not engage. I learnt to stop offering appointments at the office and to meet where he felt comfortable. "
            + "He has now attended three sessions at the youth centre and told me what happens at home.",
            "Group supervision using the systemic approach on a family with a long history with us. "
            + "I learnt to draw the genogram with the family and to ask each person what they think the problem is. "
            + "The grandmother has now become part of the safety network."),
        new("long distinct entries sharing professional vocabulary", false,
            "Practice educator training day on assessing students against the Professional Capabilities Framework. "
            + "I learnt how to write evidence against each domain and how to give feedback that separates the student's practice from their personality. "
            + "I have started giving my student written feedback after each direct observation with one strength and one thing to try next, and she now asks for observations rather than avoiding them. "
            + "Discussed with another practice educator, who shared how she handles a student who is struggling without making it a capability process too early.",
            "Newly qualified social worker forum on the assessed and supported year in employment and the Professional Capabilities Framework. "
            + "I learnt how my assessor will use my reflective logs and what counts as evidence for the critical reflection and analysis domain. "
            + "I now write a short reflective log after each complex visit rather than leaving them to the week before a review, and my three-month review went well. "
            + "Discussed with a peer in my cohort, who shared how she keeps her logs short and focused on one piece of learning."),
        new("same template answers, different course", false,
            "Completed Data protection (e-learning). Added by an administrator from the provider's completion records. "
            + "I learnt when I can share information without consent and how to record the reason.",
            "Completed First aid at work (St John). Added by an administrator from the provider's completion records. "
            + "I learnt how to put someone in the recovery position and what to do in a seizure."),
    ];
}
