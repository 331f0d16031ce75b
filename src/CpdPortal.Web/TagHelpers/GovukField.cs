using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace CpdPortal.Web.TagHelpers;

/// <summary>
/// The parts every GOV.UK form field shares: its first error and what was typed (from ModelState), the hint and
/// the error message paragraphs, and the ids they add to aria-describedby.
/// </summary>
internal sealed class GovukField
{
    private readonly List<string> _describedBy = [];

    public GovukField(ViewContext viewContext, string name, string? describedBy = null)
    {
        if (!string.IsNullOrWhiteSpace(describedBy))
        {
            _describedBy.Add(describedBy.Trim());
        }

        Name = name;
        Id = TagBuilder.CreateSanitizedId(name, "_");
        var state = viewContext.ViewData.ModelState.TryGetValue(name, out var entry) ? entry : null;
        Error = state is { ValidationState: ModelValidationState.Invalid } ? state.Errors.FirstOrDefault()?.ErrorMessage : null;
        AttemptedValue = state?.AttemptedValue;
    }

    public static HtmlEncoder Encoder => HtmlEncoder.Default;

    public string Name { get; }

    public string Id { get; }

    /// <summary>The field's first error message, or null when it is valid.</summary>
    public string? Error { get; }

    public bool HasError => !string.IsNullOrEmpty(Error);

    /// <summary>What the user typed last time, to show it again.</summary>
    public string? AttemptedValue { get; }

    public string FormGroupClass => HasError ? "govuk-form-group govuk-form-group--error" : "govuk-form-group";

    public void AppendHint(StringBuilder html, string? hint)
    {
        if (string.IsNullOrEmpty(hint))
        {
            return;
        }

        html.Append($"<div id=\"{Id}-hint\" class=\"govuk-hint\">{Encoder.Encode(hint)}</div>");
        _describedBy.Add($"{Id}-hint");
    }

    public void AppendError(StringBuilder html)
    {
        if (!HasError)
        {
            return;
        }

        html.Append($"<p id=\"{Id}-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {Encoder.Encode(Error!)}</p>");
        _describedBy.Add($"{Id}-error");
    }

    /// <summary>The aria-describedby attribute (with a leading space), or nothing when there is no hint or error.</summary>
    public string DescribedByAttribute() =>
        _describedBy.Count == 0 ? string.Empty : $" aria-describedby=\"{string.Join(' ', _describedBy)}\"";
}
