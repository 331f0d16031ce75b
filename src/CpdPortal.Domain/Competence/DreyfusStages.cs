namespace CpdPortal.Domain.Competence;

/// <summary>Stage arithmetic and the generic wording of each stage.</summary>
public static class DreyfusStages
{
    public const DreyfusStage Lowest = DreyfusStage.Novice;
    public const DreyfusStage Highest = DreyfusStage.Expert;

    private static readonly StageDescriptor[] Descriptors =
    [
        new(DreyfusStage.Novice, "Novice", "Follows taught rules regardless of situation; needs close supervision and cues."),
        new(DreyfusStage.AdvancedBeginner, "Advanced beginner", "Recognises recurring situations from experience; still guided by rules and maxims; manages simpler work alone."),
        new(DreyfusStage.Competent, "Competent", "Chooses a plan and decides what matters; works independently to an acceptable standard; feels responsible for outcomes."),
        new(DreyfusStage.Proficient, "Proficient", "Sees the situation as a whole and notices when the usual picture is missing; still decides deliberately how to act."),
        new(DreyfusStage.Expert, "Expert", "Acts intuitively on routine matters, falls back on analysis in novel ones; shapes others' practice."),
    ];

    /// <summary>All stages from novice to expert.</summary>
    public static IReadOnlyList<StageDescriptor> All => Descriptors;

    public static bool IsDefined(DreyfusStage stage) => stage is >= Lowest and <= Highest;

    public static StageDescriptor Describe(DreyfusStage stage)
    {
        if (!IsDefined(stage))
        {
            throw new ArgumentOutOfRangeException(nameof(stage), stage, "Not a Dreyfus stage.");
        }

        return Descriptors[(int)stage - 1];
    }

    public static string Name(DreyfusStage stage) => Describe(stage).Name;

    /// <summary>The stage after this one, or null at expert.</summary>
    public static DreyfusStage? Next(DreyfusStage stage)
    {
        _ = Describe(stage);
        return stage == Highest ? null : stage + 1;
    }

    /// <summary>
    /// How many stages separate <paramref name="current"/> from <paramref name="expected"/>.
    /// Not yet assessed counts as below novice, so the gap is the whole way to the expected stage.
    /// Meeting or exceeding the expectation is a gap of zero.
    /// </summary>
    public static int Gap(DreyfusStage expected, DreyfusStage? current)
    {
        _ = Describe(expected);
        if (current is { } c)
        {
            _ = Describe(c);
        }

        var from = current is null ? 0 : (int)current.Value;
        return Math.Max(0, (int)expected - from);
    }
}

public sealed record StageDescriptor(DreyfusStage Stage, string Name, string Description);
