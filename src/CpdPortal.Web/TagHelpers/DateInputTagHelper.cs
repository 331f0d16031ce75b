using System.Text;
using System.Text.Encodings.Web;
using CpdPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CpdPortal.Web.TagHelpers;

/// <summary>
/// The GOV.UK date input for a <see cref="DateInput"/> property:
/// &lt;govuk-date-input asp-for="Date" legend="Date of the activity" hint="For example, 27 3 2026" /&gt;.
/// Errors added under the property's name (e.g. "Date") show beside the fieldset; the summary links to the day box.
/// </summary>
[HtmlTargetElement("govuk-date-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DateInputTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = default!;

    public string Legend { get; set; } = string.Empty;

    public string? Hint { get; set; }

    /// <summary>Extra classes for the legend, e.g. govuk-fieldset__legend--m.</summary>
    public string? LegendClass { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var encoder = HtmlEncoder.Default;
        var name = For.Name;
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var modelState = ViewContext.ViewData.ModelState;
        var error = modelState.TryGetValue(name, out var entry) && entry.ValidationState == ModelValidationState.Invalid
            ? entry.Errors.FirstOrDefault()?.ErrorMessage
            : null;
        var value = For.Model as DateInput ?? new DateInput();

        var describedBy = new List<string>();
        var html = new StringBuilder();
        html.Append($"<fieldset class=\"govuk-fieldset\" role=\"group\"");
        if (Hint is not null)
        {
            describedBy.Add($"{id}-hint");
        }

        if (error is not null)
        {
            describedBy.Add($"{id}-error");
        }

        if (describedBy.Count > 0)
        {
            html.Append($" aria-describedby=\"{string.Join(' ', describedBy)}\"");
        }

        html.Append($"><legend class=\"{encoder.Encode(("govuk-fieldset__legend " + LegendClass).Trim())}\">{encoder.Encode(Legend)}</legend>");
        if (Hint is not null)
        {
            html.Append($"<div id=\"{id}-hint\" class=\"govuk-hint\">{encoder.Encode(Hint)}</div>");
        }

        if (error is not null)
        {
            html.Append($"<p id=\"{id}-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {encoder.Encode(error)}</p>");
        }

        // The error summary links to "#Name"; the day box carries that id so the link lands in the field.
        html.Append($"<div class=\"govuk-date-input\" id=\"{id}\">");
        Part(html, encoder, name, id, "Day", value.Day, 2, error is not null, first: true);
        Part(html, encoder, name, id, "Month", value.Month, 2, error is not null, first: false);
        Part(html, encoder, name, id, "Year", value.Year, 4, error is not null, first: false);
        html.Append("</div></fieldset>");

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", error is null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error");
        output.Content.SetHtmlContent(html.ToString());
    }

    private static void Part(StringBuilder html, HtmlEncoder encoder, string name, string id, string part, string? value, int width, bool hasError, bool first)
    {
        var partId = first ? $"{id}-day-input" : $"{id}-{part.ToLowerInvariant()}";
        html.Append("<div class=\"govuk-date-input__item\"><div class=\"govuk-form-group\">");
        html.Append($"<label class=\"govuk-label govuk-date-input__label\" for=\"{partId}\">{part}</label>");
        html.Append($"<input class=\"govuk-input govuk-date-input__input govuk-input--width-{width}{(hasError ? " govuk-input--error" : string.Empty)}\" id=\"{partId}\" name=\"{encoder.Encode(name)}.{part}\" type=\"text\" inputmode=\"numeric\"");
        if (!string.IsNullOrEmpty(value))
        {
            html.Append($" value=\"{encoder.Encode(value)}\"");
        }

        html.Append("></div></div>");
    }
}
