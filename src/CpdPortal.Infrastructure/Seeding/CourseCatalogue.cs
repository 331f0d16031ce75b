using CpdPortal.Domain.Competence;
using CpdPortal.Domain.Training;

namespace CpdPortal.Infrastructure.Seeding;

/// <summary>
/// The demo learning academy's catalogue (about 40 courses), on the source councils' themes (the family approach
/// of Signs of Safety, Restorative Practice and Social Pedagogy; systemic practice; the ASYE; court work; the
/// apprenticeship), each mapped to the areas and stages it develops, tagged with its practice framework and the
/// pathway roles it is for. Some grid cells are deliberately left empty: those are the training gaps (e.g.
/// Diversity and equality at expert, which the browser journey fills).
/// </summary>
internal static class CourseCatalogue
{
    /// <summary>The practice frameworks courses are tagged with (reference data for every database).</summary>
    public static readonly string[] PracticeTags = ["Signs of Safety", "Restorative Practice", "Social Pedagogy", "Systemic practice"];

    private const string Pcf = ReferenceData.PcfCode;
    private const string Core = ReferenceData.CommonCoreCode;
    private const string SoS = "Signs of Safety";
    private const string Rp = "Restorative Practice";
    private const string Sp = "Social Pedagogy";
    private const string Sys = "Systemic practice";
    private const string Fsw = "Family support worker";
    private const string Apprentice = "Social work apprentice";
    private const string Asye = ReferenceData.AsyeRoleTitle;
    private const string Sw = "Social worker";
    private const string Senior = "Senior practitioner";
    private const string Advanced = "Advanced practitioner";
    private const string Educator = "Practice educator";
    private const string Manager = "Team manager";
    private const string Service = "Service manager";

    private static readonly SeedCourse[] Courses =
    [
        new("ASYE core programme", null, CourseDelivery.Blended, 44.4m, true, "The assessed and supported year in employment: monthly learning days and reflective groups.",
            [(Pcf, "Professionalism", DreyfusStage.Novice), (Pcf, "Values and ethics", DreyfusStage.AdvancedBeginner), (Pcf, "Critical reflection and analysis", DreyfusStage.Novice)])
            { Tags = [], Roles = [Asye], Mandatory = [Asye], Credits = null },
        new("Signs of Safety: two-day foundation", null, CourseDelivery.FaceToFace, 14.8m, true, "Safety mapping, danger statements and safety goals with families.",
            [(Pcf, "Skills and interventions", DreyfusStage.AdvancedBeginner), (Pcf, "Critical reflection and analysis", DreyfusStage.AdvancedBeginner), (Core, "Safeguarding and promoting welfare", DreyfusStage.AdvancedBeginner)])
            { Tags = [SoS], Roles = [Fsw, Asye, Sw], Mandatory = [Asye], Credits = null },
        new("Signs of Safety: advanced practitioner", null, CourseDelivery.FaceToFace, 22.2m, true, "Leading mapping meetings and coaching colleagues in the approach.",
            [(Pcf, "Skills and interventions", DreyfusStage.Proficient), (Pcf, "Professional leadership", DreyfusStage.Competent)])
            { Tags = [SoS], Roles = [Senior, Advanced], Mandatory = [], Credits = null },
        new("Restorative practice in children's services", null, CourseDelivery.FaceToFace, 7.4m, true, "Working with families rather than doing to or for them.",
            [(Pcf, "Values and ethics", DreyfusStage.Competent), (Core, "Effective communication and engagement", DreyfusStage.Competent)])
            { Tags = [Rp], Roles = [Fsw, Asye, Sw], Mandatory = [], Credits = null },
        new("Social pedagogy: head, heart and hands", "ThemPra", CourseDelivery.Blended, 29.6m, true, "Relationship-based practice drawing on social pedagogy.",
            [(Pcf, "Skills and interventions", DreyfusStage.Competent), (Core, "Child and young person development", DreyfusStage.Competent)])
            { Tags = [Sp], Roles = [Fsw, Sw], Mandatory = [], Credits = null },
        new("Systemic practice: foundation", "Institute of Family Therapy", CourseDelivery.Blended, 37m, true, "Hypothesising, circular questions and reflecting teams.",
            [(Pcf, "Critical reflection and analysis", DreyfusStage.Competent), (Pcf, "Knowledge", DreyfusStage.Competent)])
            { Tags = [Sys], Roles = [Sw, Senior], Mandatory = [], Credits = ("Postgraduate certificate in systemic practice (level 7)", 30) },
        new("Court skills for social workers", null, CourseDelivery.FaceToFace, 7.4m, true, "Statements, giving evidence and care proceedings.",
            [(Pcf, "Rights, justice and economic wellbeing", DreyfusStage.Competent), (Pcf, "Knowledge", DreyfusStage.Competent)])
            { Tags = [], Roles = [Asye, Sw], Mandatory = [], Credits = null },
        new("Analysis and decision-making in assessments", null, CourseDelivery.FaceToFace, 7.4m, true, "Weighing evidence and writing analysis that explains the decision.",
            [(Pcf, "Critical reflection and analysis", DreyfusStage.Competent)])
            { Tags = [], Roles = [], Mandatory = [], Credits = null },
        new("Neglect: using the Graded Care Profile 2", "NSPCC", CourseDelivery.FaceToFace, 7.4m, true, "Assessing the quality of care with the GCP2 tool.",
            [(Pcf, "Knowledge", DreyfusStage.AdvancedBeginner), (Core, "Safeguarding and promoting welfare", DreyfusStage.Competent)])
            { Tags = [], Roles = [], Mandatory = [], Credits = null },
        new("Domestic abuse: Safe and Together", "Safe and Together Institute", CourseDelivery.OnlineLive, 14.8m, true, "Partnering with the non-offending parent and pivoting to the perpetrator's pattern.",
            [(Pcf, "Skills and interventions", DreyfusStage.Competent), (Pcf, "Diversity and equality", DreyfusStage.Competent)])
            { Tags = [], Roles = [], Mandatory = [], Credits = null },
        new("Trauma-informed practice", null, CourseDelivery.OnlineLive, 3.5m, false, "How trauma shapes behaviour, and practice that does not re-traumatise.",
            [(Pcf, "Knowledge", DreyfusStage.AdvancedBeginner), (Core, "Child and young person development", DreyfusStage.AdvancedBeginner)])
            { Tags = [], Roles = [], Mandatory = [], Credits = null },
        new("Direct work with children", null, CourseDelivery.FaceToFace, 7.4m, false, "Tools and play-based approaches for hearing children's wishes and feelings.",
            [(Pcf, "Skills and interventions", DreyfusStage.Novice), (Core, "Effective communication and engagement", DreyfusStage.AdvancedBeginner)])
            { Tags = [Sp], Roles = [Fsw, Apprentice, Asye], Mandatory = [], Credits = null },
        new("Life story work", "CoramBAAF", CourseDelivery.FaceToFace, 7.4m, true, "Helping children in care and adopted children understand their history.",
            [(Core, "Supporting transitions", DreyfusStage.Competent)])
            { Tags = [], Roles = [], Mandatory = [], Credits = null },
        new("Contextual safeguarding", "University of Bedfordshire", CourseDelivery.ELearning, 3m, true, "Harm outside the home: peers, places and online.",
            [(Pcf, "Contexts and organisations", DreyfusStage.AdvancedBeginner), (Core, "Multi-agency and integrated working", DreyfusStage.Competent)])
            { VleLink = "https://vle.example.org/course/contextual-safeguarding", Tags = [], Roles = [], Mandatory = [], Credits = null },
        new("Anti-racist practice", null, CourseDelivery.OnlineLive, 3.5m, false, "Recognising and challenging racism in assessments and decisions.",
            [(Pcf, "Diversity and equality", DreyfusStage.AdvancedBeginner), (Pcf, "Values and ethics", DreyfusStage.Competent)])
            { Tags = [], Roles = [], Mandatory = [], Credits = null },
        new("Safeguarding children: level 3", null, CourseDelivery.ELearning, 4m, true, "Recognising and responding to abuse and neglect; thresholds and referrals.",
            [(Core, "Safeguarding and promoting welfare", DreyfusStage.Novice), (Pcf, "Knowledge", DreyfusStage.Novice)])
            { VleLink = "https://vle.example.org/course/safeguarding-l3", Tags = [], Roles = [Fsw, Apprentice, Asye, Sw, Senior], Mandatory = [Fsw, Apprentice, Asye, Sw, Senior], Credits = null },
        new("Information sharing and GDPR", null, CourseDelivery.ELearning, 1.5m, true, "When and how to share information to safeguard children.",
            [(Core, "Information sharing", DreyfusStage.Competent)])
            { VleLink = "https://vle.example.org/course/information-sharing", Tags = [], Roles = [], Mandatory = [], Credits = null },
        new("Working Together: multi-agency practice", "Safeguarding Partnership", CourseDelivery.OnlineLive, 3.5m, false, "Roles of partners, strategy discussions and child protection conferences.",
            [(Core, "Multi-agency and integrated working", DreyfusStage.AdvancedBeginner), (Pcf, "Contexts and organisations", DreyfusStage.Competent)])
            { Tags = [], Roles = [], Mandatory = [], Credits = null },
        new("Motivational interviewing", null, CourseDelivery.FaceToFace, 14.8m, true, "Conversations that help parents find their own reasons to change.",
            [(Pcf, "Skills and interventions", DreyfusStage.Competent), (Core, "Effective communication and engagement", DreyfusStage.Proficient)])
            { Tags = [], Roles = [Fsw, Sw], Mandatory = [], Credits = null },
        new("Parental mental ill health and substance misuse", null, CourseDelivery.OnlineLive, 3.5m, false, "The impact on children and working with adult services.",
            [(Pcf, "Knowledge", DreyfusStage.Competent)])
            { Tags = [], Roles = [], Mandatory = [], Credits = null },
        new("Reflective supervision for managers", null, CourseDelivery.FaceToFace, 14.8m, true, "The four functions and the reflective cycle in supervision.",
            [(Pcf, "Professional leadership", DreyfusStage.Proficient), (Pcf, "Critical reflection and analysis", DreyfusStage.Proficient)])
            { Tags = [Sys], Roles = [Manager, Senior], Mandatory = [Manager], Credits = null },
        new("Practice educator: stage 1", "University partner", CourseDelivery.Blended, 60m, true, "Supporting and assessing social work students; 20 credits at level 7.",
            [(Pcf, "Professional leadership", DreyfusStage.Proficient)])
            { Tags = [], Roles = [Senior, Educator], Mandatory = [Educator], Credits = ("Practice educator professional standards (level 7)", 20) },
        new("Leading teams in children's services", null, CourseDelivery.Blended, 37m, true, "For team managers and aspiring managers: performance, wellbeing and practice standards.",
            [(Pcf, "Contexts and organisations", DreyfusStage.Proficient), (Pcf, "Professional leadership", DreyfusStage.Expert)])
            { Tags = [Rp], Roles = [Manager, Service], Mandatory = [], Credits = null },
        new("Transitions to adulthood for care leavers", null, CourseDelivery.OnlineLive, 3.5m, false, "Pathway plans, staying close and the local offer.",
            [(Core, "Supporting transitions", DreyfusStage.AdvancedBeginner), (Pcf, "Rights, justice and economic wellbeing", DreyfusStage.AdvancedBeginner)])
            { Tags = [], Roles = [], Mandatory = [], Credits = null },
        new("Child development from birth to 19", null, CourseDelivery.ELearning, 6m, true, "Milestones, attachment and what delay can mean.",
            [(Core, "Child and young person development", DreyfusStage.Novice), (Pcf, "Knowledge", DreyfusStage.AdvancedBeginner)])
            { VleLink = "https://vle.example.org/course/child-development", Tags = [], Roles = [], Mandatory = [], Credits = null },
        new("Family approach: strengths-based conversations", null, CourseDelivery.FaceToFace, 7.4m, true, "The council's family approach in practice: Signs of Safety, restorative and social pedagogy ideas in one conversation.",
            [(Pcf, "Skills and interventions", DreyfusStage.AdvancedBeginner), (Core, "Effective communication and engagement", DreyfusStage.Competent)])
            { Tags = [SoS, Rp, Sp], Roles = [Fsw, Apprentice, Asye, Sw], Mandatory = [Fsw, Asye] },
        new("Restorative practice: leading restorative meetings", null, CourseDelivery.FaceToFace, 14.8m, true, "Chairing restorative conversations between families, schools and services.",
            [(Pcf, "Professional leadership", DreyfusStage.Competent), (Core, "Multi-agency and integrated working", DreyfusStage.Proficient)])
            { Tags = [Rp], Roles = [Senior, Manager] },
        new("Systemic practice: intermediate", "Institute of Family Therapy", CourseDelivery.Blended, 74m, true, "Working with family scripts, genograms and live supervision over ten days.",
            [(Pcf, "Skills and interventions", DreyfusStage.Proficient), (Pcf, "Contexts and organisations", DreyfusStage.Competent)])
            { Tags = [Sys], Roles = [Senior, Advanced], Credits = ("Postgraduate diploma in systemic practice (level 7)", 60) },
        new("Family group conferencing", "Family Rights Group", CourseDelivery.OnlineLive, 7, true, "Preparing families to make their own plan and when to offer a conference.",
            [(Pcf, "Rights, justice and economic wellbeing", DreyfusStage.Competent), (Core, "Multi-agency and integrated working", DreyfusStage.Competent)])
            { Tags = [Rp], Roles = [Fsw, Sw] },
        new("Child criminal and sexual exploitation", "Safeguarding Partnership", CourseDelivery.FaceToFace, 7.4m, true, "County lines, grooming and the national referral mechanism.",
            [(Pcf, "Knowledge", DreyfusStage.Proficient), (Core, "Safeguarding and promoting welfare", DreyfusStage.Proficient)])
            { Roles = [Sw, Senior] },
        new("Recording with children in mind", null, CourseDelivery.ELearning, 1.5m, false, "Writing records the child could read one day: clear, respectful and factual.",
            [(Core, "Information sharing", DreyfusStage.AdvancedBeginner), (Pcf, "Professionalism", DreyfusStage.AdvancedBeginner)])
            { VleLink = "https://vle.example.org/course/recording", Roles = [Fsw, Apprentice, Asye] },
        new("Assessing parenting capacity", null, CourseDelivery.FaceToFace, 7.4m, true, "Evidence, the child's lived experience and capacity to change.",
            [(Pcf, "Critical reflection and analysis", DreyfusStage.AdvancedBeginner), (Pcf, "Knowledge", DreyfusStage.Proficient)])
            { Roles = [Asye, Sw] },
        new("Working with fathers and male carers", null, CourseDelivery.OnlineLive, 3.5m, false, "Seeing and engaging the men in children's lives, including those who pose risk.",
            [(Pcf, "Diversity and equality", DreyfusStage.Proficient), (Core, "Effective communication and engagement", DreyfusStage.AdvancedBeginner)])
            { Roles = [Fsw, Sw] },
        new("Disabled children: communication and assessment", "Council for Disabled Children", CourseDelivery.FaceToFace, 7.4m, true, "Hearing the voice of children who do not use speech; assessment under the Children Act.",
            [(Pcf, "Diversity and equality", DreyfusStage.Competent), (Core, "Effective communication and engagement", DreyfusStage.Expert)])
            { Roles = [Sw] },
        new("Fostering assessments: the Form F", "CoramBAAF", CourseDelivery.FaceToFace, 14.8m, true, "Assessing prospective foster carers and writing the Form F report.",
            [(Pcf, "Skills and interventions", DreyfusStage.Expert)])
            { Roles = [Sw, Senior] },
        new("Permanence planning and adoption", "CoramBAAF", CourseDelivery.OnlineLive, 7, true, "Twin tracking, early permanence and the adoption support plan.",
            [(Pcf, "Rights, justice and economic wellbeing", DreyfusStage.Proficient), (Core, "Supporting transitions", DreyfusStage.Proficient)])
            { Roles = [Sw, Senior] },
        new("Youth justice: AssetPlus assessment", "Youth Justice Board", CourseDelivery.ELearning, 5, true, "The AssetPlus framework and child-first youth justice.",
            [(Pcf, "Contexts and organisations", DreyfusStage.AdvancedBeginner), (Core, "Supporting transitions", DreyfusStage.Novice)])
            { VleLink = "https://vle.example.org/course/assetplus" },
        new("The personal adviser role", null, CourseDelivery.Blended, 11, false, "Pathway planning with care leavers up to 25: housing, money and staying close.",
            [(Core, "Supporting transitions", DreyfusStage.Expert), (Core, "Multi-agency and integrated working", DreyfusStage.Novice)])
            { Roles = [Fsw] },
        new("Wellbeing and resilience in practice", null, CourseDelivery.OnlineLive, 3, false, "Secondary trauma, boundaries and using supervision for support.",
            [(Pcf, "Professionalism", DreyfusStage.Competent)])
            { Roles = [Fsw, Apprentice, Asye, Sw, Senior] },
        new("Supervising students and apprentices", null, CourseDelivery.FaceToFace, 7.4m, false, "On-site supervision of social work students and apprentices' off-the-job learning.",
            [(Pcf, "Professional leadership", DreyfusStage.AdvancedBeginner)])
            { Roles = [Sw, Senior, Educator] },
        new("Early Help assessment and the team around the family", null, CourseDelivery.FaceToFace, 7.4m, true, "The Early Help assessment, lead professional role and step up and step down.",
            [(Core, "Multi-agency and integrated working", DreyfusStage.AdvancedBeginner), (Core, "Child and young person development", DreyfusStage.Proficient)])
            { Tags = [SoS], Roles = [Fsw], Mandatory = [Fsw] },
        new("Degree apprenticeship: study skills and reflective writing", "University partner", CourseDelivery.ELearning, 6, false, "Academic writing, referencing and the reflective log for apprentices.",
            [(Pcf, "Critical reflection and analysis", DreyfusStage.Novice)])
            { VleLink = "https://vle.example.org/course/apprentice-study-skills", Roles = [Apprentice], Mandatory = [Apprentice], Credits = ("BA (Hons) Social Work degree apprenticeship (level 6)", 10) },
    ];

    /// <summary>The catalogue, given the seeded frameworks, practice tags and pathway roles.</summary>
    public static IEnumerable<Course> Create(IReadOnlyList<CompetenceFramework> frameworks, IReadOnlyDictionary<string, int> tagIds, IReadOnlyDictionary<string, int> roleIds)
    {
        foreach (var c in Courses)
        {
            var external = c.Provider is not null;
            var details = new CourseDetails(
                c.Title,
                c.Summary,
                external,
                c.Provider,
                c.Delivery,
                c.VleLink,
                c.Hours,
                c.Certificated,
                c.Credits?.Description,
                c.Credits?.Value,
                c.Tags.Select(t => tagIds[t]).ToList(),
                c.Roles.Select(r => roleIds[r]).ToList(),
                c.Mandatory.Select(r => roleIds[r]).ToList());
            var course = new Course(details);
            foreach (var (framework, area, stage) in c.Map)
            {
                course.MapTo(frameworks.Single(f => f.Code == framework).Areas.Single(a => a.Name == area), stage);
            }

            yield return course;
        }
    }

    /// <summary>One course of the seed; a null provider is the learning academy.</summary>
    private sealed record SeedCourse(
        string Title,
        string? Provider,
        CourseDelivery Delivery,
        decimal Hours,
        bool Certificated,
        string Summary,
        (string Framework, string Area, DreyfusStage Stage)[] Map)
    {
        public string? VleLink { get; init; }

        public string[] Tags { get; init; } = [];

        public string[] Roles { get; init; } = [];

        public string[] Mandatory { get; init; } = [];

        public (string Description, int Value)? Credits { get; init; }
    }
}
