using CpdPortal.Domain.Common;

namespace CpdPortal.Domain.Survey;

/// <summary>
/// What one staff member answered in one round. Results are anonymous: the staff id is kept only for the
/// one-answer-per-round rule and the response rate; results group by the team and pathway role recorded here.
/// A response may be incomplete (<see cref="IsComplete"/>).
/// </summary>
public sealed class SurveyResponse
{
    public const int LowestRating = 1;
    public const int HighestRating = 5;
    public const int OtherBarrierMaxLength = FieldLengths.ShortText;

    private readonly List<SurveyRating> _ratings = [];
    private readonly List<SurveyWish> _wishes = [];
    private readonly List<SurveyBarrierAnswer> _barriers = [];

    private SurveyResponse()
    {
    }

    public int Id { get; private set; }

    public int RoundId { get; private set; }

    public int StaffMemberId { get; private set; }

    /// <summary>The respondent's team when they answered (results filter by it; never shown per person).</summary>
    public int TeamId { get; private set; }

    public int? PathwayRoleId { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    /// <summary>Every method rated or marked not used, and the barriers question answered.</summary>
    public bool IsComplete { get; private set; }

    /// <summary>The respondent said nothing stands in the way ("None of these").</summary>
    public bool NoBarriers { get; private set; }

    public string? OtherBarrier { get; private set; }

    public IReadOnlyList<SurveyRating> Ratings => _ratings;

    public IReadOnlyList<SurveyWish> Wishes => _wishes;

    public IReadOnlyList<SurveyBarrierAnswer> Barriers => _barriers;

    /// <summary>
    /// Records an answer to <paramref name="round"/>. <paramref name="methodIds"/> are the methods the form asked
    /// about; <paramref name="alreadyAnswered"/> says whether this person has answered this round before.
    /// </summary>
    public static SurveyResponse Submit(
        SurveyRound round,
        SurveyRespondent respondent,
        SurveyAnswers answers,
        IReadOnlyCollection<int> methodIds,
        bool alreadyAnswered,
        DateTimeOffset now,
        DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(respondent);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(methodIds);
        if (!round.IsOpenOn(today))
        {
            throw new DomainRuleException("survey.closed", "This survey round is closed");
        }

        if (alreadyAnswered)
        {
            throw new DomainRuleException("survey.once", "You have already answered this survey round. Each person can answer once");
        }

        var other = Validate(answers, methodIds);
        var response = new SurveyResponse
        {
            RoundId = round.Id,
            StaffMemberId = respondent.StaffMemberId,
            TeamId = respondent.TeamId,
            PathwayRoleId = respondent.PathwayRoleId,
            SubmittedAt = now,
            NoBarriers = answers.NoBarriers,
            OtherBarrier = other,
        };
        response._ratings.AddRange(answers.Ratings.OrderBy(r => r.Key).Select(r => new SurveyRating(r.Key, r.Value)));
        response._wishes.AddRange(answers.Wishes.Distinct().Order().Select(m => new SurveyWish(m)));
        response._barriers.AddRange(answers.Barriers.Distinct().Order().Select(b => new SurveyBarrierAnswer(b)));
        response.IsComplete = IsCompleteAnswer(answers, methodIds);
        return response;
    }

    /// <summary>Complete: every method asked about is rated or marked not used, and the barriers question is answered.</summary>
    public static bool IsCompleteAnswer(SurveyAnswers answers, IReadOnlyCollection<int> methodIds)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(methodIds);
        return methodIds.All(answers.Ratings.ContainsKey) && (answers.NoBarriers || answers.Barriers.Count > 0);
    }

    private static string? Validate(SurveyAnswers answers, IReadOnlyCollection<int> methodIds)
    {
        var errors = new List<FieldError>();
        var known = methodIds.ToHashSet();
        if (answers.Ratings.Keys.Any(id => !known.Contains(id)) || answers.Wishes.Any(id => !known.Contains(id)))
        {
            errors.Add(new FieldError("Methods", "Answer only about the methods in the list"));
        }

        foreach (var (methodId, rating) in answers.Ratings.Where(r => known.Contains(r.Key)).OrderBy(r => r.Key))
        {
            if (rating is < LowestRating or > HighestRating)
            {
                errors.Add(new FieldError(MethodField(methodId), $"Select a rating from {LowestRating} to {HighestRating}, or not used"));
            }
        }

        if (answers.Barriers.Any(b => !Enum.IsDefined(b)))
        {
            errors.Add(new FieldError("Barriers", "Select barriers from the list"));
        }
        else if (answers.NoBarriers && answers.Barriers.Count > 0)
        {
            errors.Add(new FieldError("Barriers", "Select the barriers you face, or select none of these, not both"));
        }

        string? other = null;
        if (answers.Barriers.Contains(SurveyBarrier.Other))
        {
            try
            {
                other = Guard.Text(answers.OtherBarrier, OtherBarrierMaxLength, "survey.other", "the other barrier");
            }
            catch (DomainRuleException ex)
            {
                errors.Add(new FieldError("OtherBarrier", ex.Message));
            }
        }

        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        return other;
    }

    /// <summary>The form field of one method's rating.</summary>
    public static string MethodField(int methodId) => $"Method-{methodId}";
}

/// <summary>Who is answering, as the results may group them.</summary>
public sealed record SurveyRespondent(int StaffMemberId, int TeamId, int? PathwayRoleId);

/// <summary>
/// What was ticked. <see cref="Ratings"/> maps a method id to its rating, or to null for "not used"; a method left
/// out was not answered.
/// </summary>
public sealed record SurveyAnswers(
    IReadOnlyDictionary<int, int?> Ratings,
    IReadOnlyCollection<int> Wishes,
    IReadOnlyCollection<SurveyBarrier> Barriers,
    bool NoBarriers,
    string? OtherBarrier);

/// <summary>One method's rating in a response: 1 to 5 for "how well it works for me", or null for not used.</summary>
public sealed class SurveyRating
{
    private SurveyRating()
    {
    }

    internal SurveyRating(int methodId, int? rating)
    {
        MethodId = methodId;
        Rating = rating;
    }

    public int Id { get; private set; }

    public int ResponseId { get; private set; }

    public int MethodId { get; private set; }

    public int? Rating { get; private set; }
}

/// <summary>A method the respondent wishes they had more of.</summary>
public sealed class SurveyWish
{
    private SurveyWish()
    {
    }

    internal SurveyWish(int methodId)
    {
        MethodId = methodId;
    }

    public int Id { get; private set; }

    public int ResponseId { get; private set; }

    public int MethodId { get; private set; }
}

/// <summary>A barrier the respondent ticked.</summary>
public sealed class SurveyBarrierAnswer
{
    private SurveyBarrierAnswer()
    {
    }

    internal SurveyBarrierAnswer(SurveyBarrier barrier)
    {
        Barrier = barrier;
    }

    public int Id { get; private set; }

    public int ResponseId { get; private set; }

    public SurveyBarrier Barrier { get; private set; }
}

/// <summary>The anonymity rule of the results: a group of fewer than five responses is not shown.</summary>
public static class SurveyAnonymity
{
    public const int MinimumGroupSize = 5;

    public const string SuppressedMessage = "Fewer than 5 responses: not shown to protect anonymity";

    public static bool CanShow(int responses) => responses >= MinimumGroupSize;
}
