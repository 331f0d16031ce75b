namespace CpdPortal.Infrastructure.Seeding.Volume;

/// <summary>
/// Reflections of realistic length for the volume generator, assembled from phrases about learning and practice.
/// Nothing names or describes a child, family, place or case: generic learning language only (DOMAIN.md).
/// </summary>
internal static class VolumeText
{
    public static readonly string[] Topics =
    [
        "safety planning with families", "chronologies and analysis", "hearing the voice of the child", "working with fathers",
        "neglect and cumulative harm", "adolescent risk outside the home", "court statements", "direct work tools",
        "recording with the child in mind", "multi-agency strategy discussions", "trauma-informed responses", "permanence planning",
        "domestic abuse and coercive control", "parental mental health", "substance misuse in families", "contextual safeguarding",
        "life story work", "care leavers' transitions", "disabled children's assessments", "working with interpreters",
        "anti-racist practice", "restorative conversations", "systemic hypotheses", "analysis in assessments",
    ];

    private static readonly string[] Why =
    [
        "It is relevant to most of the work I hold at the moment.",
        "My supervisor and I agreed it as a priority in my development plan.",
        "It came up repeatedly in audits of our team's recording.",
        "I wanted to build confidence before taking on more complex work.",
        "The team identified it as a gap at our last away day.",
        "It links to the practice standard I am working towards this year.",
    ];

    private static readonly string[] Learnt =
    [
        "I learnt to separate what I have observed from what I have been told, and to say how confident I am in each.",
        "The session gave me a clearer model for structuring my analysis, moving from information to meaning to a plan.",
        "I understood better how my own assumptions shape the questions I ask, and how to test them with colleagues.",
        "I learnt practical tools to use in direct work, and when they are and are not appropriate.",
        "I now understand the research behind the approach and the limits of what it can tell us.",
        "It reminded me that plans must be written in language that parents and young people can understand and agree with.",
        "I learnt how other agencies see our role, which helps me ask for the information I need in the right way.",
        "Hearing how others had handled similar dilemmas showed me more than one reasonable way forward.",
    ];

    private static readonly string[] Impact =
    [
        "I have started writing my hypotheses down before visits and reviewing them afterwards in supervision.",
        "My assessments are shorter and clearer about what needs to change and why.",
        "Families I work with have said they understand their plans better and can explain them in their own words.",
        "I now prepare for meetings with partner agencies with specific questions, and the meetings are more focused.",
        "I feel more confident challenging drift and raising concerns early with my manager.",
        "I use the tools in most visits now, and young people engage for longer.",
        "I have shared the approach in a team meeting and two colleagues have started using it.",
        "My recording is now written to the child, which I hope will help them understand their story later.",
    ];

    private static readonly string[] Peer =
    [
        "Talking it through in supervision helped me see where my reasoning had gaps.",
        "A colleague challenged my first view and we agreed a more balanced analysis together.",
        "Discussing it in group supervision showed me how differently experienced colleagues would approach it.",
        "My practice educator asked questions that helped me connect the learning to my values.",
        "In our reflective team meeting we agreed to try the approach for a month and compare notes.",
    ];

    private static readonly string[] SessionManagement =
    [
        "Workload reviewed; allocations are manageable and deadlines for reports agreed.",
        "Caseload and statutory timescales reviewed; two pieces of recording to bring up to date.",
        "Reviewed priorities for the month and agreed what can wait.",
    ];

    private static readonly string[] SessionSupport =
    [
        "Wellbeing checked; feeling settled in the team and taking breaks.",
        "Discussed the emotional impact of recent work; agreed to use the reflective group.",
        "Workload has been high; agreed protected time for recording next week.",
    ];

    public static string Pick(Random random, string[] from) => from[random.Next(from.Length)];

    public static string Description(Random random, string topic) =>
        $"Learning about {topic}. {Pick(random, Why)} {Pick(random, Why)}";

    public static string WhatLearnt(Random random, string topic) =>
        $"{Pick(random, Learnt)} Applied to {topic}: {Pick(random, Learnt)}";

    public static string ImpactOnPractice(Random random) => $"{Pick(random, Impact)} {Pick(random, Impact)}";

    public static string PeerReflection(Random random) => Pick(random, Peer);

    public static string Management(Random random) => Pick(random, SessionManagement);

    public static string Support(Random random) => Pick(random, SessionSupport);
}
