using CpdPortal.Application.Reports;
using CpdPortal.Domain.Survey;

namespace CpdPortal.Application.Survey;

/// <summary>A method the survey asks about.</summary>
public sealed record SurveyMethod(int Id, string Name);

/// <summary>The round a staff member sees on /survey.</summary>
public sealed record SurveyRoundSummary(int Id, string Title, DateOnly OpenedOn, DateOnly ClosingDate);

/// <summary>
/// What /survey shows: no open round (<see cref="Round"/> null), the form (<see cref="MyAnswer"/> null), or what I
/// answered.
/// </summary>
public sealed record SurveyPage(SurveyRoundSummary? Round, IReadOnlyList<SurveyMethod> Methods, MyAnswer? MyAnswer);

/// <summary>My own answer to the open round, as I gave it.</summary>
public sealed record MyAnswer(
    DateTimeOffset SubmittedAt,
    bool IsComplete,
    IReadOnlyList<(string Method, int? Rating)> Ratings,
    IReadOnlyList<string> Wishes,
    IReadOnlyList<SurveyBarrier> Barriers,
    bool NoBarriers,
    string? OtherBarrier);

/// <summary>A round in the L&amp;D team's list.</summary>
public sealed record SurveyRoundRow(int Id, string Title, DateOnly OpenedOn, DateOnly ClosingDate, DateOnly? ClosedEarlyOn, bool IsOpen, int Responses);

/// <summary>What the L&amp;D team asks for when opening a round.</summary>
public sealed record OpenRoundRequest(string? Title, DateOnly? ClosingDate);

/// <summary>The results page's choices; ids that match nothing are ignored.</summary>
public sealed record SurveyResultsQuery(int? RoundId, int? TeamId, int? PathwayRoleId);

public sealed record Choice(int Id, string Name);

public sealed record MethodRatingRow(string Method, double? Mean, int Rated, int NotUsed);

public sealed record CountRow(string Label, int Count);

/// <summary>
/// The chosen round as the results page shows it. <see cref="StaffCountedOn"/> is the day whose staff in post the
/// response rate counts: today while the round is open, otherwise its last day (the closing date, or the day it was
/// closed early).
/// </summary>
public sealed record SurveyResultsRound(int Id, string Title, DateOnly OpenedOn, DateOnly ClosingDate, DateOnly? ClosedEarlyOn, bool IsOpen, DateOnly StaffCountedOn);

/// <summary>
/// The results page's form: the rounds, the teams and pathway roles (the report filter's remembered lists, docs/adr/0040)
/// and the choice, checked: <see cref="Round"/> is the round asked for or the latest (null: no round yet), and a team or
/// role that is not in its list is dropped (null: all). <see cref="TeamName"/> and <see cref="RoleName"/> name the
/// chosen ones.
/// </summary>
public sealed record SurveyResultsForm(
    IReadOnlyList<Choice> Rounds,
    IReadOnlyList<FilterOption> Teams,
    IReadOnlyList<FilterOption> Roles,
    SurveyResultsRound? Round,
    int? TeamId,
    string? TeamName,
    int? PathwayRoleId,
    string? RoleName);

/// <summary>
/// One round's figures for a group (all staff, a team, a pathway role or both). When <see cref="IsSuppressed"/>
/// the group has fewer than five responses and the three tables are empty.
/// </summary>
public sealed record SurveyFigures(
    int StaffCount,
    int Responses,
    int Complete,
    IReadOnlyList<MethodRatingRow> Methods,
    IReadOnlyList<CountRow> Wishes,
    IReadOnlyList<CountRow> Barriers)
{
    /// <summary>No round, no figures.</summary>
    public static readonly SurveyFigures None = new(0, 0, 0, [], [], []);

    public bool IsSuppressed => !SurveyAnonymity.CanShow(Responses);

    /// <summary>Responses as a whole percentage of the staff current on the round's last day; null when there were none.</summary>
    public int? ResponseRatePercent => StaffCount == 0 ? null : (int)Math.Round(100.0 * Responses / StaffCount, MidpointRounding.AwayFromZero);
}
