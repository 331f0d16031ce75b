using CpdPortal.Application.Auditing;
using CpdPortal.Domain.Auditing;
using CpdPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CpdPortal.Web.Features.Audit;

/// <summary>The audit search as typed (a GET form). Strings only, so a tampered query gives a message, not a binding error.</summary>
public sealed class AuditSearchForm
{
    public const int PersonMaxLength = 254;

    public string? Person { get; set; }

    public string? Action { get; set; }

    public DateInput From { get; set; } = new();

    public DateInput To { get; set; } = new();

    /// <summary>The page after this entry (its <see cref="AuditKey"/>): the next, older page.</summary>
    public string? Older { get; set; }

    /// <summary>The page before this entry: the previous, newer page.</summary>
    public string? Newer { get; set; }

    /// <summary>"oldest" for the last page.</summary>
    public string? End { get; set; }

    [BindNever]
    public AuditPage? Results { get; set; }

    /// <summary>Which page the links ask for; anything unreadable is the newest page.</summary>
    public AuditPosition Position() =>
        string.Equals(End, OldestEnd, StringComparison.Ordinal) ? AuditPosition.Oldest
        : AuditKey.Parse(Older) is { } older ? new AuditPosition(AuditPageFrom.OlderThan, older)
        : AuditKey.Parse(Newer) is { } newer ? new AuditPosition(AuditPageFrom.NewerThan, newer)
        : AuditPosition.Newest;

    public const string OldestEnd = "oldest";

    /// <summary>Checks the form; the query when it is valid, otherwise null and the errors in <paramref name="modelState"/>.</summary>
    public AuditQuery? ToQuery(ModelStateDictionary modelState)
    {
        if (Person?.Trim().Length > PersonMaxLength)
        {
            modelState.AddModelError(nameof(Person), "Person must be 254 characters or fewer");
        }

        if (!string.IsNullOrEmpty(Action) && !AuditActions.All.Contains(Action))
        {
            modelState.AddModelError(nameof(Action), "Select an action from the list");
        }

        var (from, fromError) = From.Parse("the start date", required: false);
        if (fromError is not null)
        {
            modelState.AddModelError($"{nameof(From)}.Day", fromError);
        }

        var (to, toError) = To.Parse("the end date", required: false);
        if (toError is not null)
        {
            modelState.AddModelError($"{nameof(To)}.Day", toError);
        }

        if (from is not null && to is not null && to < from)
        {
            modelState.AddModelError($"{nameof(To)}.Day", "The end date must be the same as or after the start date");
        }

        return modelState.ErrorCount == 0 ? new AuditQuery(Person?.Trim(), string.IsNullOrEmpty(Action) ? null : Action, from, to) : null;
    }

    /// <summary>The filters as a query string, for page links and the CSV link.</summary>
    public Dictionary<string, string?> Query(string? position = null, string? value = null)
    {
        var query = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [nameof(Person)] = Person,
            [nameof(Action)] = Action,
            ["From.Day"] = From.Day,
            ["From.Month"] = From.Month,
            ["From.Year"] = From.Year,
            ["To.Day"] = To.Day,
            ["To.Month"] = To.Month,
            ["To.Year"] = To.Year,
        };
        if (position is not null)
        {
            query[position] = value;
        }

        return query.Where(kv => !string.IsNullOrEmpty(kv.Value)).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
    }

    /// <summary>Words for an action code in the page ("sign-in-failed" → "Sign in failed").</summary>
    public static string Describe(string action) =>
        char.ToUpperInvariant(action[0]) + action[1..].Replace('-', ' ');
}
