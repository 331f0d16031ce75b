using CpdPortal.Domain.Training;

namespace CpdPortal.Web.Features.FollowUps;

/// <summary>How a practice follow-up's answer reads.</summary>
public static class FollowUpText
{
    public static string Outcome(PracticeChange? outcome) => outcome switch
    {
        PracticeChange.Yes => "Yes, practice changed",
        PracticeChange.Partly => "Partly",
        PracticeChange.No => "No change seen",
        _ => "Waiting for you",
    };
}
