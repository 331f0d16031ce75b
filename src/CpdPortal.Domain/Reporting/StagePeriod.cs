using CpdPortal.Domain.Competence;

namespace CpdPortal.Domain.Reporting;

/// <summary>
/// The stage history (docs/adr/0036): one person's stage in one competence area over a run of days in which it did
/// not change, by the rule of <see cref="StageHistory.StageOn"/> (the latest validation on or before the end of the
/// day, else the latest self-assessment). Kept up to date in the same transaction as every assessment, so that the
/// stages-over-time report counts rows standing on a day instead of replaying everyone's assessments. Team, role and
/// dates in post stay on the staff record and are joined, so changing them needs no upkeep.
/// </summary>
public sealed class StagePeriod
{
    /// <summary>The <see cref="Until"/> of a period that still holds (a date, not null, so that one index serves "standing on a day").</summary>
    public static readonly DateOnly Open = DateOnly.MaxValue;

    public StagePeriod(int staffMemberId, int areaId, DateOnly from, DateOnly until, DreyfusStage stage, bool validated)
    {
        StaffMemberId = staffMemberId;
        AreaId = areaId;
        From = from;
        Until = until;
        Stage = stage;
        Validated = validated;
    }

    public int StaffMemberId { get; private set; }

    public int AreaId { get; private set; }

    /// <summary>The first day (UTC) at whose end the stage held.</summary>
    public DateOnly From { get; private set; }

    /// <summary>The first day at whose end it no longer held (exclusive), or <see cref="Open"/>.</summary>
    public DateOnly Until { get; private set; }

    public DreyfusStage Stage { get; private set; }

    /// <summary>Whether the stage is a supervisor's validation (else the person's own self-assessment).</summary>
    public bool Validated { get; private set; }

    /// <summary>Whether this period is the one standing at the end of <paramref name="day"/>.</summary>
    public bool HoldsOn(DateOnly day) => From <= day && day < Until;

    /// <summary>
    /// The periods of the given assessments (of any number of people and areas): for each person and area, a new
    /// period starts on each day at whose end the stage (or whether it is validated) differs from the day before.
    /// A day is the UTC day of <see cref="AssessedStage.At"/>, as the reports' reference days are.
    /// </summary>
    public static List<StagePeriod> Periods(IEnumerable<AssessedInArea> assessments)
    {
        ArgumentNullException.ThrowIfNull(assessments);
        var periods = new List<StagePeriod>();
        foreach (var group in assessments
                     .GroupBy(a => (a.StaffMemberId, a.AreaId))
                     .OrderBy(g => g.Key.StaffMemberId)
                     .ThenBy(g => g.Key.AreaId))
        {
            AssessedStage? latestSelf = null;
            AssessedStage? latestValidation = null;
            StagePeriod? open = null;
            foreach (var day in group
                         .Select(a => a.Assessment)
                         .OrderBy(a => a.At.UtcTicks)
                         .ThenBy(a => a.Id)
                         .GroupBy(a => DateOnly.FromDateTime(a.At.UtcDateTime)))
            {
                foreach (var a in day)
                {
                    if (a.Kind == AssessmentKind.Validation)
                    {
                        latestValidation = a;
                    }
                    else
                    {
                        latestSelf = a;
                    }
                }

                var current = (latestValidation ?? latestSelf)!.Value;
                var validated = latestValidation is not null;
                if (open is not null && open.Stage == current.Stage && open.Validated == validated)
                {
                    continue;
                }

                if (open is not null)
                {
                    open.Until = day.Key;
                }

                open = new StagePeriod(group.Key.StaffMemberId, group.Key.AreaId, day.Key, Open, current.Stage, validated);
                periods.Add(open);
            }
        }

        return periods;
    }

    /// <summary>Whether two periods hold the same figures (the consistency tests compare stored rows with a recomputation).</summary>
    public bool SameAs(StagePeriod other) =>
        other is not null && StaffMemberId == other.StaffMemberId && AreaId == other.AreaId && From == other.From
        && Until == other.Until && Stage == other.Stage && Validated == other.Validated;

    public override string ToString() =>
        FormattableString.Invariant($"{StaffMemberId}/{AreaId} {From:yyyy-MM-dd}..{(Until == Open ? "open" : Until.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))}: {(int)Stage}{(Validated ? " validated" : " self")}");
}

/// <summary>One assessment as the stage history sees it: whose, in which area, and what decides the stage.</summary>
public readonly record struct AssessedInArea(int StaffMemberId, int AreaId, AssessedStage Assessment);
