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
}
