using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CpdPortal.Web.TagHelpers;

/// <summary>
/// The GOV.UK error summary: every model-state error as a link to its field. Renders nothing when the form is
/// valid. Use once, at the top of the main column: &lt;govuk-error-summary /&gt;.
/// </summary>
[HtmlTargetElement("govuk-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ErrorSummaryTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        // Page order: form-level errors first, then fields in the order the view model declares them (which is
        // the order the form shows them); ModelState's own order is by key, not by page.
        var declared = ViewContext.ViewData.ModelMetadata.Properties.Select(p => p.PropertyName).ToList();
        var errors = ViewContext.ViewData.ModelState
            .Where(e => e.Value is { ValidationState: ModelValidationState.Invalid })
            .SelectMany(e => e.Value!.Errors.Select(error => (Key: e.Key, error.ErrorMessage)))
            .Where(e => !string.IsNullOrEmpty(e.ErrorMessage))
            .DistinctBy(e => e.ErrorMessage)
            .OrderBy(e => Position(declared, e.Key))
            .ThenBy(e => e.Key, StringComparer.Ordinal)
            .ToList();
        if (errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        ViewContext.ViewData["HasErrors"] = true;
        var encoder = HtmlEncoder.Default;
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-error-summary");
        output.Attributes.SetAttribute("data-module", "govuk-error-summary");
        var items = string.Concat(errors.Select(e =>
            string.IsNullOrEmpty(e.Key)
                ? $"<li>{encoder.Encode(e.ErrorMessage)}</li>"
                : $"<li><a href=\"#{encoder.Encode(TagBuilder.CreateSanitizedId(e.Key, "_"))}\">{encoder.Encode(e.ErrorMessage)}</a></li>"));
        output.Content.SetHtmlContent(
            "<div role=\"alert\"><h2 class=\"govuk-error-summary__title\">There is a problem</h2>" +
            "<div class=\"govuk-error-summary__body\"><ul class=\"govuk-list govuk-error-summary__list\">" +
            items + "</ul></div></div>");
    }

    private static int Position(List<string?> declared, string key)
    {
        if (string.IsNullOrEmpty(key))
        {
            return -1;
        }

        var root = key.Split('.', '[')[0];
        var index = declared.IndexOf(root);
        return index < 0 ? declared.Count : index;
    }
}
