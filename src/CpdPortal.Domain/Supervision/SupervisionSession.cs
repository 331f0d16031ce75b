using CpdPortal.Domain.Common;

namespace CpdPortal.Domain.Supervision;

public enum SupervisionType
{
    OneToOne = 0,
    Group = 1,
    AdHoc = 2,
}

public enum ActionOwner
{
    Supervisee = 0,
    Supervisor = 1,
}

public enum ActionStatus
{
    Open = 0,
    Done = 1,
}

/// <summary>What the supervisor writes about one session; field names match the form's.</summary>
public sealed record SessionDetails(
    DateOnly? Date,
    decimal? Hours,
    SupervisionType? Type,
    string? ReviewOfLastActions,
    string? Management,
    string? Development,
    string? Support,
    string? Mediation,
    string? LearningNeeds,
    IReadOnlyCollection<int> LearningNeedAreaIds,
    DateOnly? NextDate,
    IReadOnlyList<ActionDetails> Actions)
{
    public const decimal DefaultHours = 1.5m;
    public const decimal MaxHours = 8m;

    public IReadOnlyList<FieldError> Validate(DateOnly today)
    {
        var errors = new List<FieldError>();
        if (Date is null)
        {
            errors.Add(new("Date", "Enter the date of the session"));
        }
        else if (Date > today)
        {
            errors.Add(new("Date", "The date of the session must be today or in the past"));
        }

        if (Hours is null)
        {
            errors.Add(new("Hours", "Enter how long the session lasted"));
        }
        else if (Hours <= 0 || Hours > MaxHours)
        {
            errors.Add(new("Hours", "The length must be more than 0 and at most 8 hours"));
        }

        if (Type is null || !Enum.IsDefined(Type.Value))
        {
            errors.Add(new("Type", "Select the type of supervision"));
        }

        foreach (var (field, value) in new[] { ("ReviewOfLastActions", ReviewOfLastActions), ("Management", Management), ("Development", Development), ("Support", Support), ("Mediation", Mediation), ("LearningNeeds", LearningNeeds) })
        {
            if (value?.Trim().Length > FieldLengths.LongText)
            {
                errors.Add(new(field, $"This section must be {FieldLengths.LongText} characters or fewer"));
            }
        }

        if (new[] { Management, Development, Support, Mediation }.All(string.IsNullOrWhiteSpace))
        {
            errors.Add(new("Management", "Record the discussion under at least one of the four functions"));
        }

        if (NextDate is { } next && Date is { } date && next <= date)
        {
            errors.Add(new("NextDate", "The next session must be after this one"));
        }

        for (var i = 0; i < Actions.Count; i++)
        {
            var action = Actions[i];
            if (string.IsNullOrWhiteSpace(action.Text))
            {
                errors.Add(new($"Actions[{i}].Text", $"Enter what action {i + 1} is"));
            }
            else if (action.Text.Trim().Length > FieldLengths.ShortText)
            {
                errors.Add(new($"Actions[{i}].Text", $"Action {i + 1} must be {FieldLengths.ShortText} characters or fewer"));
            }

            if (action.DueDate is null)
            {
                errors.Add(new($"Actions[{i}].DueDate", $"Enter when action {i + 1} is due"));
            }
            else if (Date is { } sessionDate && action.DueDate < sessionDate)
            {
                errors.Add(new($"Actions[{i}].DueDate", $"Action {i + 1} cannot be due before the session"));
            }
        }

        return errors;
    }
}

public sealed record ActionDetails(string? Text, ActionOwner Owner, DateOnly? DueDate);

/// <summary>
/// A supervision session recorded by the supervisor and read by the supervisee. Once the supervisee has
/// acknowledged it, it cannot be edited: the supervisor can only add dated addenda.
/// Case discussion stays at the level of learning: child-identifying detail belongs in the case record.
/// </summary>
public sealed class SupervisionSession
{
    private readonly List<SupervisionAction> _actions = [];
    private readonly List<SessionAddendum> _addenda = [];
    private readonly List<SessionLearningArea> _learningAreas = [];

    private SupervisionSession()
    {
    }

    public int Id { get; private set; }

    public int SuperviseeId { get; private set; }

    /// <summary>Who wrote the session (stays readable to the supervisee and the current supervisor).</summary>
    public int SupervisorId { get; private set; }

    public DateOnly Date { get; private set; }

    public decimal Hours { get; private set; }

    public SupervisionType Type { get; private set; }

    public string? ReviewOfLastActions { get; private set; }

    public string? Management { get; private set; }

    public string? Development { get; private set; }

    public string? Support { get; private set; }

    public string? Mediation { get; private set; }

    public string? LearningNeeds { get; private set; }

    public DateOnly? NextDate { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? AcknowledgedAt { get; private set; }

    public string? SuperviseeComment { get; private set; }

    public bool IsAcknowledged => AcknowledgedAt is not null;

    public IReadOnlyCollection<SupervisionAction> Actions => _actions.AsReadOnly();

    public IReadOnlyCollection<SessionAddendum> Addenda => _addenda.AsReadOnly();

    public IReadOnlyCollection<SessionLearningArea> LearningAreas => _learningAreas.AsReadOnly();

    public static SupervisionSession Record(int superviseeId, int supervisorId, SessionDetails details, DateOnly today, DateTimeOffset now)
    {
        if (superviseeId == supervisorId)
        {
            throw new DomainRuleException("supervision.self", "A person cannot supervise themselves");
        }

        var session = new SupervisionSession { SuperviseeId = superviseeId, SupervisorId = supervisorId, CreatedAt = now };
        session.Apply(details, today, now);
        return session;
    }

    public void Update(int bySupervisorId, SessionDetails details, DateOnly today, DateTimeOffset now)
    {
        EnsureSupervisor(bySupervisorId);
        if (IsAcknowledged)
        {
            throw new DomainRuleException("session.locked", "This session has been acknowledged and can no longer be changed: add an addendum instead");
        }

        Apply(details, today, now);
    }

    public void Acknowledge(int bySuperviseeId, string? comment, DateTimeOffset now)
    {
        if (bySuperviseeId != SuperviseeId)
        {
            throw new DomainRuleException("session.acknowledge", "Only the supervisee can acknowledge the session");
        }

        if (IsAcknowledged)
        {
            throw new DomainRuleException("session.acknowledged", "You have already acknowledged this session");
        }

        if (comment?.Trim().Length > FieldLengths.LongText)
        {
            throw new DomainValidationException([new FieldError("Comment", $"Your comment must be {FieldLengths.LongText} characters or fewer")]);
        }

        SuperviseeComment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        AcknowledgedAt = now;
        UpdatedAt = now;
    }

    public SessionAddendum AddAddendum(int bySupervisorId, string? text, DateTimeOffset now)
    {
        EnsureSupervisor(bySupervisorId);
        if (!IsAcknowledged)
        {
            throw new DomainRuleException("session.notAcknowledged", "Edit the session instead: it has not been acknowledged yet");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainValidationException([new FieldError("Text", "Enter the addendum")]);
        }

        if (text.Trim().Length > FieldLengths.LongText)
        {
            throw new DomainValidationException([new FieldError("Text", $"The addendum must be {FieldLengths.LongText} characters or fewer")]);
        }

        var addendum = new SessionAddendum(bySupervisorId, text.Trim(), now);
        _addenda.Add(addendum);
        UpdatedAt = now;
        return addendum;
    }

    /// <summary>Open actions can be closed by either party at any time, acknowledged or not.</summary>
    public void CompleteAction(int actionId, DateTimeOffset now)
    {
        var action = _actions.Find(a => a.Id == actionId) ?? throw new DomainRuleException("action.missing", "That action is not part of this session");
        action.Complete();
        UpdatedAt = now;
    }

    private void Apply(SessionDetails details, DateOnly today, DateTimeOffset now)
    {
        var errors = details.Validate(today);
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }

        Date = details.Date!.Value;
        Hours = details.Hours!.Value;
        Type = details.Type!.Value;
        ReviewOfLastActions = Clean(details.ReviewOfLastActions);
        Management = Clean(details.Management);
        Development = Clean(details.Development);
        Support = Clean(details.Support);
        Mediation = Clean(details.Mediation);
        LearningNeeds = Clean(details.LearningNeeds);
        NextDate = details.NextDate;
        UpdatedAt = now;

        _learningAreas.RemoveAll(a => !details.LearningNeedAreaIds.Contains(a.AreaId));
        foreach (var areaId in details.LearningNeedAreaIds.Distinct().Where(id => !_learningAreas.Exists(a => a.AreaId == id)))
        {
            _learningAreas.Add(new SessionLearningArea(areaId));
        }

        _actions.RemoveAll(a => a.Status == ActionStatus.Open);
        foreach (var action in details.Actions)
        {
            _actions.Add(new SupervisionAction(action.Text!.Trim(), action.Owner, action.DueDate!.Value));
        }
    }

    private void EnsureSupervisor(int bySupervisorId)
    {
        if (bySupervisorId != SupervisorId)
        {
            throw new DomainRuleException("session.author", "Only the supervisor who recorded the session can change it");
        }
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>An action agreed in supervision, with its owner and due date.</summary>
public sealed class SupervisionAction
{
    private SupervisionAction()
    {
        Text = string.Empty;
    }

    internal SupervisionAction(string text, ActionOwner owner, DateOnly dueDate)
    {
        Text = text;
        Owner = owner;
        DueDate = dueDate;
    }

    public int Id { get; private set; }

    public int SessionId { get; private set; }

    public string Text { get; private set; }

    public ActionOwner Owner { get; private set; }

    public DateOnly DueDate { get; private set; }

    public ActionStatus Status { get; private set; }

    internal void Complete() => Status = ActionStatus.Done;
}

/// <summary>A dated note the supervisor adds after the supervisee has acknowledged the session.</summary>
public sealed class SessionAddendum
{
    private SessionAddendum()
    {
        Text = string.Empty;
    }

    internal SessionAddendum(int byStaffId, string text, DateTimeOffset at)
    {
        ByStaffId = byStaffId;
        Text = text;
        At = at;
    }

    public int Id { get; private set; }

    public int SessionId { get; private set; }

    public int ByStaffId { get; private set; }

    public string Text { get; private set; }

    public DateTimeOffset At { get; private set; }
}

/// <summary>A competence area a learning need identified in supervision relates to.</summary>
public sealed class SessionLearningArea
{
    private SessionLearningArea()
    {
    }

    internal SessionLearningArea(int areaId) => AreaId = areaId;

    public int SessionId { get; private set; }

    public int AreaId { get; private set; }
}
