using CpdPortal.Domain.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CpdPortal.Web.Infrastructure;

public static class ModelStateExtensions
{
    /// <summary>
    /// Puts each broken domain rule beside its field. <paramref name="prefix"/> is the view model's property path
    /// when the form's fields are nested (e.g. "Activity").
    /// </summary>
    public static void AddDomainErrors(this ModelStateDictionary modelState, DomainValidationException exception, string? prefix = null)
    {
        foreach (var error in exception.Errors)
        {
            var key = string.IsNullOrEmpty(prefix) ? error.Field : $"{prefix}.{error.Field}";
            if (modelState.TryGetValue(key, out var entry) && entry.Errors.Any(e => e.ErrorMessage == error.Message))
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
    /// Runs a use case that answers "done" (true) or "no such record for you" (false) and throws the domain's broken
    /// rules; the rules become messages beside their fields and the answer is null, so the form is shown again.
    /// </summary>
    public static async Task<bool?> RunDomainAsync(this ModelStateDictionary modelState, Func<Task<bool>> useCase)
    {
        ArgumentNullException.ThrowIfNull(useCase);
        try
        {
            return await useCase();
        }
        catch (DomainValidationException ex)
        {
            modelState.AddDomainErrors(ex);
            return null;
        }
        catch (DomainRuleException ex)
        {
            modelState.AddDomainError(ex);
            return null;
        }
    }
}
