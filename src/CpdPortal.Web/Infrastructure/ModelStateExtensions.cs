using CpdPortal.Domain.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CpdPortal.Web.Infrastructure;

public static class ModelStateExtensions
{
    /// <summary>
    /// Puts each broken domain rule beside its field. <paramref name="prefix"/> is the view model's property path
    /// when the form's fields are nested (e.g. "Activity"). A field that already has a message (one the web layer
    /// added because the input could not even be read, like hours that are not a number) keeps it: this is the one
    /// place where "errors beside the untouched fields only" is decided.
    /// </summary>
    public static void AddDomainErrors(this ModelStateDictionary modelState, DomainValidationException exception, string? prefix = null)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(exception);
        foreach (var error in exception.Errors)
        {
            var key = string.IsNullOrEmpty(prefix) ? error.Field : $"{prefix}.{error.Field}";
            if (modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0)
            {
                continue;
            }

            modelState.AddModelError(key, error.Message);
        }
    }

    /// <summary>A broken single rule shown at the top of the form (or beside <paramref name="field"/>).</summary>
    public static void AddDomainError(this ModelStateDictionary modelState, DomainRuleException exception, string field = "") =>
        modelState.AddModelError(field, exception.Message);

    /// <summary>
    /// When part of the form could not even be read (the model state has errors), stops the request before anything
    /// is saved: <paramref name="check"/> gives the domain's messages for the other fields, and the
    /// <see cref="Forms.RedisplayOnRuleBrokenAttribute"/> shows them all at once.
    /// </summary>
    public static async Task ThrowIfUnreadableAsync(this ModelStateDictionary modelState, Func<Task<IReadOnlyList<FieldError>>> check)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(check);
        if (!modelState.IsValid)
        {
            throw new DomainValidationException(await check());
        }
    }

    /// <summary>Stops the request before anything is saved when part of the form could not even be read.</summary>
    public static void ThrowIfUnreadable(this ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        if (!modelState.IsValid)
        {
            throw new DomainValidationException([]);
        }
    }
}
