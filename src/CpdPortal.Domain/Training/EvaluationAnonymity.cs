namespace CpdPortal.Domain.Training;

/// <summary>
/// Course evaluation comments (attendees' feedback) and follow-up notes (supervisors' answers) are shown to the L&amp;D
/// team without names, and only where at least <see cref="MinimumGroupSize"/> people answered: in a smaller group
/// the writer of a comment can be guessed from who attended (issue 14). Each kind counts on its own.
/// </summary>
public static class EvaluationAnonymity
{
    public const int MinimumGroupSize = 5;

    /// <summary>Whether the comments of a group that gave <paramref name="answers"/> answers may be shown.</summary>
    public static bool CanShowComments(int answers) => answers >= MinimumGroupSize;
}
