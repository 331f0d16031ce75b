namespace CpdPortal.Application.Common;

/// <summary>The portal's roles. One person may hold several.</summary>
public static class PortalRoles
{
    public const string Practitioner = nameof(Practitioner);
    public const string Supervisor = nameof(Supervisor);
    public const string LearningAndDevelopment = nameof(LearningAndDevelopment);
    public const string Administrator = nameof(Administrator);

    /// <summary>Employer quality assurance of CPD entries (docs/adr/0028): samples and reviews, never supervision records.</summary>
    public const string PracticeQuality = nameof(PracticeQuality);

    public static IReadOnlyList<string> All { get; } = [Practitioner, Supervisor, LearningAndDevelopment, Administrator, PracticeQuality];

    public static string DisplayName(string role) => role switch
    {
        Practitioner => "Practitioner",
        Supervisor => "Supervisor",
        LearningAndDevelopment => "Learning and development",
        Administrator => "Administrator",
        PracticeQuality => "Practice quality",
        _ => role,
    };
}
