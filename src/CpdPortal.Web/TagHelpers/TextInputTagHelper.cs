using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CpdPortal.Web.TagHelpers;

/// <summary>
/// A GOV.UK text input with its label, hint and error message:
/// &lt;govuk-input asp-for="Email" label="Email address" type="email" autocomplete="email" /&gt;.
/// </summary>
[HtmlTargetElement("govuk-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class TextInputTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = default!;

    public string Label { get; set; } = string.Empty;

    public string? Hint { get; set; }

    public string Type { get; set; } = "text";

    public string? Autocomplete { get; set; }

    /// <summary>Extra classes for the label, e.g. govuk-label--m.</summary>
    public string? LabelClass { get; set; }

    /// <summary>Extra classes for the input, e.g. govuk-input--width-20.</summary>
    public string? InputClass { get; set; }

    public bool Spellcheck { get; set; } = true;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var encoder = HtmlEncoder.Default;
        var name = For.Name;
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var state = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) ? entry : null;
        var error = state is { ValidationState: ModelValidationState.Invalid } ? state.Errors.FirstOrDefault()?.ErrorMessage : null;
        // Re-show what was typed, except passwords.
        var value = Type == "password" ? null : state?.AttemptedValue ?? For.Model?.ToString();

        var describedBy = new List<string>();
        var html = new System.Text.StringBuilder();
        html.Append($"<label class=\"govuk-label {encoder.Encode(LabelClass ?? string.Empty)}\" for=\"{id}\">{encoder.Encode(Label)}</label>");
        if (!string.IsNullOrEmpty(Hint))
        {
            html.Append($"<div id=\"{id}-hint\" class=\"govuk-hint\">{encoder.Encode(Hint)}</div>");
            describedBy.Add($"{id}-hint");
        }

        if (!string.IsNullOrEmpty(error))
        {
            html.Append($"<p id=\"{id}-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {encoder.Encode(error)}</p>");
            describedBy.Add($"{id}-error");
        }

        var inputClass = "govuk-input" + (error is null ? string.Empty : " govuk-input--error") + (InputClass is null ? string.Empty : " " + InputClass);
        html.Append($"<input class=\"{encoder.Encode(inputClass)}\" id=\"{id}\" name=\"{encoder.Encode(name)}\" type=\"{encoder.Encode(Type)}\"");
        if (value is not null)
        {
            html.Append($" value=\"{encoder.Encode(value)}\"");
        }

        if (Autocomplete is not null)
        {
            html.Append($" autocomplete=\"{encoder.Encode(Autocomplete)}\"");
        }

        if (!Spellcheck)
        {
            html.Append(" spellcheck=\"false\"");
        }

        if (describedBy.Count > 0)
        {
            html.Append($" aria-describedby=\"{string.Join(' ', describedBy)}\"");
        }

        html.Append('>');

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", error is null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error");
        output.Content.SetHtmlContent(html.ToString());
    }
}
