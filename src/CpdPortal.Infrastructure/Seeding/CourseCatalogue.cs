using CpdPortal.Domain.Competence;
using CpdPortal.Domain.Training;

namespace CpdPortal.Infrastructure.Seeding;

/// <summary>
/// The demo learning academy's catalogue, on the source councils' themes (the family approach of Signs of Safety,
/// Restorative Practice and Social Pedagogy; systemic practice; the ASYE; court work), each mapped to the areas
/// and stages it develops. Some grid cells are deliberately left empty: those are the training gaps.
/// </summary>
internal static class CourseCatalogue
{
    private const string Academy = "Learning Academy";
    private const string Pcf = ReferenceData.PcfCode;
    private const string Core = ReferenceData.CommonCoreCode;

    private static readonly (string Title, string Provider, CourseDelivery Delivery, decimal Hours, bool Certificated, string Summary, (string Framework, string Area, DreyfusStage Stage)[] Map)[] Courses =
    [
        ("ASYE core programme", Academy, CourseDelivery.Blended, 44.4m, true, "The assessed and supported year in employment: monthly learning days and reflective groups.",
            [(Pcf, "Professionalism", DreyfusStage.Novice), (Pcf, "Values and ethics", DreyfusStage.AdvancedBeginner), (Pcf, "Critical reflection and analysis", DreyfusStage.Novice)]),
        ("Signs of Safety: two-day foundation", Academy, CourseDelivery.FaceToFace, 14.8m, true, "Safety mapping, danger statements and safety goals with families.",
            [(Pcf, "Skills and interventions", DreyfusStage.AdvancedBeginner), (Pcf, "Critical reflection and analysis", DreyfusStage.AdvancedBeginner), (Core, "Safeguarding and promoting welfare", DreyfusStage.AdvancedBeginner)]),
        ("Signs of Safety: advanced practitioner", Academy, CourseDelivery.FaceToFace, 22.2m, true, "Leading mapping meetings and coaching colleagues in the approach.",
            [(Pcf, "Skills and interventions", DreyfusStage.Proficient), (Pcf, "Professional leadership", DreyfusStage.Competent)]),
        ("Restorative practice in children's services", Academy, CourseDelivery.FaceToFace, 7.4m, true, "Working with families rather than doing to or for them.",
            [(Pcf, "Values and ethics", DreyfusStage.Competent), (Core, "Effective communication and engagement", DreyfusStage.Competent)]),
        ("Social pedagogy: head, heart and hands", "ThemPra", CourseDelivery.Blended, 29.6m, true, "Relationship-based practice drawing on social pedagogy.",
            [(Pcf, "Skills and interventions", DreyfusStage.Competent), (Core, "Child and young person development", DreyfusStage.Competent)]),
        ("Systemic practice: foundation", "Institute of Family Therapy", CourseDelivery.Blended, 37m, true, "Hypothesising, circular questions and reflecting teams.",
            [(Pcf, "Critical reflection and analysis", DreyfusStage.Competent), (Pcf, "Knowledge", DreyfusStage.Competent)]),
        ("Court skills for social workers", Academy, CourseDelivery.FaceToFace, 7.4m, true, "Statements, giving evidence and care proceedings.",
            [(Pcf, "Rights, justice and economic wellbeing", DreyfusStage.Competent), (Pcf, "Knowledge", DreyfusStage.Competent)]),
        ("Analysis and decision-making in assessments", Academy, CourseDelivery.FaceToFace, 7.4m, true, "Weighing evidence and writing analysis that explains the decision.",
            [(Pcf, "Critical reflection and analysis", DreyfusStage.Competent)]),
        ("Neglect: using the Graded Care Profile 2", "NSPCC", CourseDelivery.FaceToFace, 7.4m, true, "Assessing the quality of care with the GCP2 tool.",
            [(Pcf, "Knowledge", DreyfusStage.AdvancedBeginner), (Core, "Safeguarding and promoting welfare", DreyfusStage.Competent)]),
        ("Domestic abuse: Safe and Together", "Safe and Together Institute", CourseDelivery.OnlineLive, 14.8m, true, "Partnering with the non-offending parent and pivoting to the perpetrator's pattern.",
            [(Pcf, "Skills and interventions", DreyfusStage.Competent), (Pcf, "Diversity and equality", DreyfusStage.Competent)]),
        ("Trauma-informed practice", Academy, CourseDelivery.OnlineLive, 3.5m, false, "How trauma shapes behaviour, and practice that does not re-traumatise.",
            [(Pcf, "Knowledge", DreyfusStage.AdvancedBeginner), (Core, "Child and young person development", DreyfusStage.AdvancedBeginner)]),
        ("Direct work with children", Academy, CourseDelivery.FaceToFace, 7.4m, false, "Tools and play-based approaches for hearing children's wishes and feelings.",
            [(Pcf, "Skills and interventions", DreyfusStage.Novice), (Core, "Effective communication and engagement", DreyfusStage.AdvancedBeginner)]),
        ("Life story work", "CoramBAAF", CourseDelivery.FaceToFace, 7.4m, true, "Helping children in care and adopted children understand their history.",
            [(Core, "Supporting transitions", DreyfusStage.Competent)]),
        ("Contextual safeguarding", "University of Bedfordshire", CourseDelivery.ELearning, 3m, true, "Harm outside the home: peers, places and online.",
            [(Pcf, "Contexts and organisations", DreyfusStage.AdvancedBeginner), (Core, "Multi-agency and integrated working", DreyfusStage.Competent)]),
        ("Anti-racist practice", Academy, CourseDelivery.OnlineLive, 3.5m, false, "Recognising and challenging racism in assessments and decisions.",
            [(Pcf, "Diversity and equality", DreyfusStage.AdvancedBeginner), (Pcf, "Values and ethics", DreyfusStage.Competent)]),
        ("Safeguarding children: level 3", Academy, CourseDelivery.ELearning, 4m, true, "Recognising and responding to abuse and neglect; thresholds and referrals.",
            [(Core, "Safeguarding and promoting welfare", DreyfusStage.Novice), (Pcf, "Knowledge", DreyfusStage.Novice)]),
        ("Information sharing and GDPR", Academy, CourseDelivery.ELearning, 1.5m, true, "When and how to share information to safeguard children.",
            [(Core, "Information sharing", DreyfusStage.Competent)]),
        ("Working Together: multi-agency practice", "Safeguarding Partnership", CourseDelivery.OnlineLive, 3.5m, false, "Roles of partners, strategy discussions and child protection conferences.",
            [(Core, "Multi-agency and integrated working", DreyfusStage.AdvancedBeginner), (Pcf, "Contexts and organisations", DreyfusStage.Competent)]),
        ("Motivational interviewing", Academy, CourseDelivery.FaceToFace, 14.8m, true, "Conversations that help parents find their own reasons to change.",
            [(Pcf, "Skills and interventions", DreyfusStage.Competent), (Core, "Effective communication and engagement", DreyfusStage.Proficient)]),
        ("Parental mental ill health and substance misuse", Academy, CourseDelivery.OnlineLive, 3.5m, false, "The impact on children and working with adult services.",
            [(Pcf, "Knowledge", DreyfusStage.Competent)]),
        ("Reflective supervision for managers", Academy, CourseDelivery.FaceToFace, 14.8m, true, "The four functions and the reflective cycle in supervision.",
            [(Pcf, "Professional leadership", DreyfusStage.Proficient), (Pcf, "Critical reflection and analysis", DreyfusStage.Proficient)]),
        ("Practice educator: stage 1", "University partner", CourseDelivery.Blended, 60m, true, "Supporting and assessing social work students; 20 credits at level 7.",
            [(Pcf, "Professional leadership", DreyfusStage.Proficient)]),
        ("Leading teams in children's services", Academy, CourseDelivery.Blended, 37m, true, "For team managers and aspiring managers: performance, wellbeing and practice standards.",
            [(Pcf, "Contexts and organisations", DreyfusStage.Proficient), (Pcf, "Professional leadership", DreyfusStage.Expert)]),
        ("Transitions to adulthood for care leavers", Academy, CourseDelivery.OnlineLive, 3.5m, false, "Pathway plans, staying close and the local offer.",
            [(Core, "Supporting transitions", DreyfusStage.AdvancedBeginner), (Pcf, "Rights, justice and economic wellbeing", DreyfusStage.AdvancedBeginner)]),
        ("Child development from birth to 19", Academy, CourseDelivery.ELearning, 6m, true, "Milestones, attachment and what delay can mean.",
            [(Core, "Child and young person development", DreyfusStage.Novice), (Pcf, "Knowledge", DreyfusStage.AdvancedBeginner)]),
    ];

    public static IEnumerable<Course> Create(IReadOnlyList<CompetenceFramework> frameworks)
    {
        foreach (var c in Courses)
        {
            var course = new Course(c.Title, c.Provider, c.Delivery, c.Hours, c.Certificated, c.Summary);
            foreach (var (framework, area, stage) in c.Map)
            {
                course.MapTo(frameworks.Single(f => f.Code == framework).Areas.Single(a => a.Name == area), stage);
            }

            yield return course;
        }
    }
}
