using CpdPortal.Domain.Activities;

namespace CpdPortal.Infrastructure.Seeding;

/// <summary>
/// The CPD methods named by staff in the source survey (DOMAIN.md). Formal learning counts towards the training
/// entitlement; learning in the flow of work does not. Administrators can change the list later.
/// </summary>
internal static class CpdMethods
{
    public const string Workshop = "Workshop or course";
    public const string Supervision = "Supervision";
    public const string ELearning = "E-learning";
    public const string Reading = "Reading";
    public const string Reflective = "Reflective learning";
    public const string PeerSupervision = "Peer supervision";
    public const string Shadowing = "Work shadowing";
    public const string Conference = "Conference";
    public const string Qualification = "Learning towards a qualification";
    public const string StudyDay = "Team study day";

    private static readonly (string Name, bool Counts)[] All =
    [
        (Workshop, true),
        (Conference, true),
        (ELearning, true),
        (StudyDay, true),
        ("Team away day", true),
        (Qualification, true),
        ("Secondment", true),
        (Shadowing, true),
        ("Questioning", false),
        ("Critical discussion of cases", false),
        (Reflective, false),
        (Supervision, false),
        (PeerSupervision, false),
        ("Appraisal", false),
        ("Observing meetings", false),
        ("Role modelling", false),
        ("Project involvement", false),
        ("Induction", false),
        ("Analysing mistakes", false),
        ("Critical incident analysis", false),
        ("Mentoring", false),
        ("Coaching", false),
        ("Involvement in policy development", false),
        (Reading, false),
    ];

    public static IEnumerable<CpdMethod> Create() => All.Select((m, i) => new CpdMethod(m.Name, m.Counts, i + 1));
}
