using System.Globalization;
using CpdPortal.Application.Supervision;
using CpdPortal.Domain.Supervision;
using CpdPortal.Web.Features.Activities;
using CpdPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CpdPortal.Web.Features.SessionRecords;

/// <summary>
/// The supervision session form as typed. Everything binds as text so nothing typed is lost; <see cref="ToInput"/>
/// makes the domain's <see cref="SessionDetails"/>. Property names match its fields so domain errors land beside
/// them; declared in form order for the error summary.
/// </summary>
public sealed class SessionForm
{
    /// <summary>Blank action rows offered below the ones already agreed (no script needed to add one).</summary>
    public const int BlankActionRows = 3;

    public DateInput Date { get; set; } = new();

    public string? Hours { get; set; }

    public string? Type { get; set; }

    /// <summary>Open actions from earlier sessions that were reviewed as done in this one.</summary>
    public List<string> CompletedActionIds { get; set; } = [];

    public string? ReviewOfLastActions { get; set; }

    public string? Management { get; set; }

    public string? Development { get; set; }

    public string? Support { get; set; }

    public string? Mediation { get; set; }

    public string? LearningNeeds { get; set; }

    public List<string> LearningNeedAreaIds { get; set; } = [];

    public List<ActionForm> Actions { get; set; } = [];

    public DateInput NextDate { get; set; } = new();

    /// <summary>The session being edited; null for a new one. From the route, never the form.</summary>
    [BindNever]
    public int? SessionId { get; set; }

    [BindNever]
    public SessionFormData? Data { get; set; }

    public static SessionForm New(DateOnly today) => new()
    {
        Date = DateInput.From(today),
        Hours = HoursInput.Format(SessionDetails.DefaultHours),
        Type = SupervisionType.OneToOne.ToString(),
    };

    public static SessionForm From(int sessionId, SessionDetails details) => new()
    {
        SessionId = sessionId,
        Date = DateInput.From(details.Date),
        Hours = details.Hours is { } h ? HoursInput.Format(h) : null,
        Type = details.Type?.ToString(),
        ReviewOfLastActions = details.ReviewOfLastActions,
        Management = details.Management,
        Development = details.Development,
        Support = details.Support,
        Mediation = details.Mediation,
        LearningNeeds = details.LearningNeeds,
        LearningNeedAreaIds = details.LearningNeedAreaIds.Select(a => a.ToString(CultureInfo.InvariantCulture)).ToList(),
        Actions = details.Actions.Select(a => new ActionForm { Text = a.Text, Owner = a.Owner.ToString(), DueDate = DateInput.From(a.DueDate) }).ToList(),
        NextDate = DateInput.From(details.NextDate),
    };

    /// <summary>The agreed actions plus enough blank rows to add more.</summary>
    public IReadOnlyList<ActionForm> ActionRows()
    {
        var typed = Actions.Where(a => !a.IsBlank).ToList();
        return typed.Concat(Enumerable.Range(0, BlankActionRows).Select(_ => new ActionForm())).ToList();
    }

    /// <summary>Every free-text field, with its label, for the identifying-details check (docs/adr/0027).</summary>
    public IReadOnlyList<Shared.CheckedField> FreeText() =>
    [
        new(nameof(ReviewOfLastActions), "Notes on the last actions", ReviewOfLastActions),
        new(nameof(Management), "Management and accountability", Management),
        new(nameof(Development), "Development", Development),
        new(nameof(Support), "Support and wellbeing", Support),
        new(nameof(Mediation), "Mediation", Mediation),
        new(nameof(LearningNeeds), "Needs identified", LearningNeeds),
        .. Actions.Select((a, i) => new Shared.CheckedField($"{nameof(Actions)}[{i}].Text", $"Action {i + 1}", a.Text)),
    ];

    /// <summary>
    /// What the domain will judge. Dates that do not exist and hours that are not a number go into
    /// <paramref name="modelState"/> under their field and are passed on as missing. Blank action rows are dropped
    /// (and the rest renumbered, so "action 2" means the second one the person filled in).
    /// </summary>
    public SessionInput ToInput(ModelStateDictionary modelState)
    {
        var (date, dateError) = Date.Parse("the date of the session");
        AddError(modelState, nameof(Date), dateError);
        var (hours, hoursError) = HoursInput.Parse(Hours);
        AddError(modelState, nameof(Hours), hoursError);
        var (next, nextError) = NextDate.Parse("the date of the next session", required: false);
        AddError(modelState, nameof(NextDate), nextError);
        SupervisionType? type = Enum.TryParse<SupervisionType>(Type, out var t) && Enum.IsDefined(t) && !int.TryParse(Type, out _) ? t : null;

        Actions = Actions.Where(a => !a.IsBlank).ToList();
        var actions = new List<ActionDetails>();
        for (var i = 0; i < Actions.Count; i++)
        {
            var (due, dueError) = Actions[i].DueDate.Parse($"the due date of action {i + 1}");
            if (dueError is not null && !Actions[i].DueDate.IsEmpty)
            {
                modelState.AddModelError($"{nameof(Actions)}[{i}].DueDate", dueError);
            }

            var owner = string.Equals(Actions[i].Owner, nameof(ActionOwner.Supervisor), StringComparison.Ordinal) ? ActionOwner.Supervisor : ActionOwner.Supervisee;
            actions.Add(new ActionDetails(Actions[i].Text, owner, due));
        }

        var details = new SessionDetails(
            date,
            hours,
            type,
            ReviewOfLastActions,
            Management,
            Development,
            Support,
            Mediation,
            LearningNeeds,
            Ids(LearningNeedAreaIds),
            next,
            actions);
        return new SessionInput(details, Ids(CompletedActionIds));
    }

    private static List<int> Ids(IEnumerable<string> typed) =>
        typed
            .Select(a => int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0)
            .Where(id => id > 0)
            .Distinct()
            .ToList();

    private static void AddError(ModelStateDictionary modelState, string field, string? error)
    {
        if (error is not null)
        {
            modelState.AddModelError(field, error);
        }
    }
}

/// <summary>One agreed action row: what, whose, by when.</summary>
public sealed class ActionForm
{
    public string? Text { get; set; }

    public string? Owner { get; set; }

    public DateInput DueDate { get; set; } = new();

    public bool IsBlank => string.IsNullOrWhiteSpace(Text) && DueDate.IsEmpty;
}
