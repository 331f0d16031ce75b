namespace CpdPortal.Domain.ReflectionQuality;

/// <summary>
/// Words of children's social work that look like names, schools or places but identify no one: models of
/// practice, services, legislation, bodies and roles. The identifying-details check never reports a part of a
/// text that lies inside one of them.
/// </summary>
internal static class ProfessionalPhrases
{
    /// <summary>Phrases matched as whole words, any case.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "Signs of Safety", "Early Help", "Youth Justice", "Child Protection", "Children in Care", "Virtual School",
        "Virtual School Head", "Family Group Conference", "Team Around the Family", "Team Around the Child",
        "Social Work England", "Family Court", "Family Drug and Alcohol Court", "Ofsted", "Working Together",
        "Working Together to Safeguard Children", "Graded Care Profile", "Motivational Interviewing",
        "Restorative Practice", "Systemic Practice", "Safe and Together", "Frontline", "Step Up to Social Work",
        "Think Family", "Supporting Families", "Multi-Agency Safeguarding Hub", "Safeguarding Partnership",
        "Local Safeguarding Children Partnership", "Principal Social Worker", "Practice Leader", "Team Manager",
        "Service Manager", "Learning Academy", "Social Work Academy", "Teaching Partnership", "Research in Practice",
        "Mental Capacity Act", "Children Act", "Care Act", "Human Rights Act", "Public Law Outline", "Care Crisis Review",
        "Independent Reviewing Officer", "Designated Safeguarding Lead", "Forest School", "Sunday School",
        "Open University", "Barnardo's", "Action for Children", "Family Rights Group", "Kinship", "Coram",
        "Cafcass", "Court of Protection", "High Court", "Crown Court", "Magistrates' Court", "Youth Court",
        "Home Office", "Department for Education", "National Health Service", "Health Visiting",
        "Child and Adolescent Mental Health Services", "Triple P", "Incredible Years", "Solihull Approach",
        "Mind of My Own", "Life Story Work", "Newly Qualified", "Assessed and Supported Year in Employment",
        "Knowledge and Skills Statement", "Professional Capabilities Framework", "Post Qualifying Standards",
        "Dreyfus", "Kolb", "Gibbs", "Schön", "Bowlby", "Maslow", "Munro", "Laming", "Ainsworth", "Bronfenbrenner",
        "Victoria Climbié", "Baby P", "Arthur Labinjo-Hughes", "Star Hobson", "Hackney Model",
        "Microsoft Teams", "Mosaic", "Liquidlogic", "Eclipse",
    ];
}
