using CpdPortal.Domain.Competence;
using CpdPortal.Domain.Pathways;

namespace CpdPortal.Infrastructure.Seeding;

/// <summary>
/// The frameworks and career pathway every council starts from (DOMAIN.md). They are data: L&amp;D edit them later.
/// </summary>
internal static class ReferenceData
{
    public const string PcfCode = "PCF";
    public const string PqsCode = "PQS-CF";
    public const string CommonCoreCode = "COMMON-CORE";
    public const string AsyeRoleTitle = "Newly qualified social worker (ASYE)";

    public static CompetenceFramework Pcf(DateOnly publishedOn)
    {
        var pcf = new CompetenceFramework(
            PcfCode,
            "Professional Capabilities Framework",
            1,
            FrameworkAudience.RegisteredSocialWorkers,
            "BASW's nine domains of social work capability in England. Its career levels (ASYE to strategic) are roles on the pathway, not stages.");
        var areas = new[]
        {
            ("Professionalism", "Identify and behave as a professional social worker, committed to professional development."),
            ("Values and ethics", "Apply social work ethical principles and values to guide professional practice."),
            ("Diversity and equality", "Recognise diversity and apply anti-discriminatory and anti-oppressive principles in practice."),
            ("Rights, justice and economic wellbeing", "Advance human rights and promote social justice and economic wellbeing."),
            ("Knowledge", "Apply knowledge of social sciences, law and social work practice theory."),
            ("Critical reflection and analysis", "Apply critical reflection and analysis to inform and provide a rationale for professional decision-making."),
            ("Skills and interventions", "Use judgement and authority to intervene with individuals, families and communities."),
            ("Contexts and organisations", "Engage with, inform, and adapt to changing organisational contexts and the social and policy environments."),
            ("Professional leadership", "Promote the profession and good social work practice; take responsibility for the professional learning of others."),
        };
        foreach (var (name, description) in areas)
        {
            pcf.AddArea(name, description);
        }

        var reflection = pcf.Areas.Single(a => a.Name == "Critical reflection and analysis");
        reflection.DescribeStage(DreyfusStage.Novice, "Uses supervision to reflect on practice when prompted; follows assessment templates closely.");
        reflection.DescribeStage(DreyfusStage.AdvancedBeginner, "Brings own reflections to supervision; starts to recognise patterns across similar families.");
        reflection.DescribeStage(DreyfusStage.Competent, "Forms and tests hypotheses; weighs evidence and explains the rationale for decisions in writing.");
        reflection.DescribeStage(DreyfusStage.Proficient, "Notices when the usual picture is missing; challenges drift and bias in own and others' analysis.");
        reflection.DescribeStage(DreyfusStage.Expert, "Models reflective practice; leads group reflection and shapes how the team analyses complex cases.");

        var skills = pcf.Areas.Single(a => a.Name == "Skills and interventions");
        skills.DescribeStage(DreyfusStage.Novice, "Carries out planned visits and direct work following the agreed plan, with close guidance.");
        skills.DescribeStage(DreyfusStage.AdvancedBeginner, "Chooses familiar direct-work tools for common situations; manages straightforward cases.");
        skills.DescribeStage(DreyfusStage.Competent, "Plans and carries out interventions independently, adjusting them as the family's situation changes.");
        skills.DescribeStage(DreyfusStage.Proficient, "Uses a wide range of methods fluently; manages complex and contested cases with confidence.");
        skills.DescribeStage(DreyfusStage.Expert, "Intervenes intuitively in routine work and creatively in novel situations; coaches others in methods.");

        pcf.Publish(publishedOn);
        return pcf;
    }

    public static CompetenceFramework PostQualifyingStandards(DateOnly publishedOn)
    {
        var pqs = new CompetenceFramework(
            PqsCode,
            "Post-qualifying standards: child and family practitioners",
            1,
            FrameworkAudience.RegisteredSocialWorkers,
            "DfE knowledge and skills for child and family practitioners. DfE replaces these with early career standards from April 2027; publish a new version then.");
        foreach (var name in new[]
                 {
                     "Relationships and effective direct work",
                     "Communication",
                     "Child development",
                     "Adult mental ill health, substance misuse, domestic abuse, physical ill health and disability",
                     "Abuse and neglect of children",
                     "Child and family assessment",
                     "Analysis, decision-making, planning and review",
                     "The law and the family and youth justice systems",
                     "The role of supervision and research",
                     "Organisational context",
                 })
        {
            pqs.AddArea(name);
        }

        pqs.Publish(publishedOn);
        return pqs;
    }

    public static CompetenceFramework CommonCore(DateOnly publishedOn)
    {
        var core = new CompetenceFramework(
            CommonCoreCode,
            "Common Core of Skills and Knowledge",
            1,
            FrameworkAudience.NonRegisteredStaff,
            "The six areas of expertise for everyone who works with children, young people and families.");
        foreach (var name in new[]
                 {
                     "Effective communication and engagement",
                     "Child and young person development",
                     "Safeguarding and promoting welfare",
                     "Supporting transitions",
                     "Multi-agency and integrated working",
                     "Information sharing",
                 })
        {
            core.AddArea(name);
        }

        var safeguarding = core.Areas.Single(a => a.Name == "Safeguarding and promoting welfare");
        safeguarding.DescribeStage(DreyfusStage.Novice, "Knows the signs of abuse and neglect and always reports concerns to a manager the same day.");
        safeguarding.DescribeStage(DreyfusStage.AdvancedBeginner, "Recognises common risk patterns in families and records concerns clearly against the threshold guidance.");
        safeguarding.DescribeStage(DreyfusStage.Competent, "Judges when concerns meet the threshold for a referral and makes it with a clear account of risk and strengths.");
        safeguarding.DescribeStage(DreyfusStage.Proficient, "Sees the whole family picture and notices cumulative harm that single incidents hide.");
        safeguarding.DescribeStage(DreyfusStage.Expert, "Advises colleagues and partner agencies on complex safeguarding decisions.");

        core.Publish(publishedOn);
        return core;
    }

    /// <summary>One pathway from family support worker to principal social worker, with expected stages.</summary>
    public static CareerPathway ChildrensSocialCarePathway(CompetenceFramework pcf, CompetenceFramework commonCore)
    {
        var pathway = new CareerPathway(
            "Children's social care",
            "From family support worker through the social work degree apprenticeship and the ASYE to principal social worker.");

        var fsw = pathway.AddRole("Family support worker", 1, requiresRegistration: false, "Direct work with families in Early Help and children in care.");
        var apprentice = pathway.AddRole("Social work apprentice", 2, requiresRegistration: false, "Level 6 degree apprenticeship, about 36 months, at least 20% off-the-job learning.");
        var asye = pathway.AddRole(AsyeRoleTitle, 3, requiresRegistration: true, "Assessed and supported year in employment: 12 months, reviews at 3, 6 and 9 months and a final review.");
        var sw = pathway.AddRole("Social worker", 4, requiresRegistration: true);
        var senior = pathway.AddRole("Senior practitioner", 5, requiresRegistration: true);
        var advanced = pathway.AddRole("Advanced practitioner", 6, requiresRegistration: true);
        var educator = pathway.AddRole("Practice educator", 6, requiresRegistration: true);
        var manager = pathway.AddRole("Team manager", 6, requiresRegistration: true);
        var service = pathway.AddRole("Service manager", 7, requiresRegistration: true);
        var principal = pathway.AddRole("Principal social worker", 8, requiresRegistration: true);

        ExpectAll(fsw, commonCore, DreyfusStage.Competent);
        fsw.Expect(Area(commonCore, "Multi-agency and integrated working"), DreyfusStage.AdvancedBeginner);
        ExpectAll(apprentice, commonCore, DreyfusStage.Competent);
        ExpectAll(apprentice, pcf, DreyfusStage.Novice);
        apprentice.Expect(Area(pcf, "Values and ethics"), DreyfusStage.AdvancedBeginner);

        ExpectAll(asye, pcf, DreyfusStage.AdvancedBeginner);
        asye.Expect(Area(pcf, "Values and ethics"), DreyfusStage.Competent);
        ExpectAll(sw, pcf, DreyfusStage.Competent);
        sw.Expect(Area(pcf, "Professional leadership"), DreyfusStage.AdvancedBeginner);
        ExpectAll(senior, pcf, DreyfusStage.Proficient);
        senior.Expect(Area(pcf, "Professional leadership"), DreyfusStage.Competent);
        senior.Expect(Area(pcf, "Contexts and organisations"), DreyfusStage.Competent);

        ExpectAll(advanced, pcf, DreyfusStage.Proficient);
        advanced.Expect(Area(pcf, "Knowledge"), DreyfusStage.Expert);
        advanced.Expect(Area(pcf, "Critical reflection and analysis"), DreyfusStage.Expert);
        advanced.Expect(Area(pcf, "Skills and interventions"), DreyfusStage.Expert);
        ExpectAll(educator, pcf, DreyfusStage.Proficient);
        educator.Expect(Area(pcf, "Professional leadership"), DreyfusStage.Expert);
        ExpectAll(manager, pcf, DreyfusStage.Proficient);
        manager.Expect(Area(pcf, "Contexts and organisations"), DreyfusStage.Expert);

        ExpectAll(service, pcf, DreyfusStage.Proficient);
        service.Expect(Area(pcf, "Contexts and organisations"), DreyfusStage.Expert);
        service.Expect(Area(pcf, "Professional leadership"), DreyfusStage.Expert);
        ExpectAll(principal, pcf, DreyfusStage.Expert);
        principal.Expect(Area(pcf, "Rights, justice and economic wellbeing"), DreyfusStage.Proficient);

        return pathway;
    }

    private static void ExpectAll(PathwayRole role, CompetenceFramework framework, DreyfusStage stage)
    {
        foreach (var area in framework.Areas)
        {
            role.Expect(area, stage);
        }
    }

    private static CompetenceArea Area(CompetenceFramework framework, string name) => framework.Areas.Single(a => a.Name == name);
}
