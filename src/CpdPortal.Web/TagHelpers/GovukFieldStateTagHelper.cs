using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CpdPortal.Web.TagHelpers;

/// <summary>
/// The error state of a GOV.UK field written as markup (a select, a grid of inputs, radios built in a loop), from the
/// model state, so no view decides it by hand: <c>govuk-field="supervisorId"</c> on
/// <list type="bullet">
/// <item>the <c>govuk-form-group</c> div adds <c>govuk-form-group--error</c>;</item>
/// <item>a <c>govuk-select</c>, <c>govuk-input</c>, <c>govuk-textarea</c> or <c>govuk-file-upload</c> adds its <c>--error</c> modifier and the
/// error message's id to <c>aria-describedby</c>;</item>
/// <item>a fieldset adds the error message's id to <c>aria-describedby</c>.</item>
/// </list>
/// The message itself is <c>&lt;govuk-error-message for="supervisorId" /&gt;</c>.
/// </summary>
[HtmlTargetElement("div", Attributes = AttributeName)]
[HtmlTargetElement("fieldset", Attributes = AttributeName)]
[HtmlTargetElement("select", Attributes = AttributeName)]
[HtmlTargetElement("input", Attributes = AttributeName)]
[HtmlTargetElement("textarea", Attributes = AttributeName)]
public sealed class GovukFieldStateTagHelper : TagHelper
{
    private const string AttributeName = "govuk-field";

    private static readonly string[] Controls = ["govuk-select", "govuk-input", "govuk-textarea", "govuk-file-upload"];

    [HtmlAttributeName(AttributeName)]
    public string Field { get; set; } = string.Empty;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!GovukErrors.Has(ViewContext, Field))
        {
            return;
        }

        var classes = output.Attributes.TryGetAttribute("class", out var c) ? c.Value?.ToString() ?? string.Empty : string.Empty;
        var names = classes.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (output.TagName == "div" && names.Contains("govuk-form-group"))
        {
            names.Add("govuk-form-group--error");
        }

        foreach (var control in Controls.Where(names.Contains))
        {
            names.Add(control + "--error");
        }

        if (names.Count > 0)
        {
            output.Attributes.SetAttribute("class", string.Join(' ', names.Distinct()));
        }

        if (output.TagName != "div")
        {
            var describedBy = output.Attributes.TryGetAttribute("aria-describedby", out var d) ? d.Value?.ToString() : null;
            output.Attributes.SetAttribute("aria-describedby", string.Join(' ', new[] { describedBy, GovukErrors.MessageId(Field) }.Where(x => !string.IsNullOrEmpty(x))));
        }
    }
}

/// <summary>The GOV.UK error message for a field, or nothing: &lt;govuk-error-message for="supervisorId" /&gt;.</summary>
[HtmlTargetElement("govuk-error-message", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukErrorMessageTagHelper : TagHelper
{
    public string For { get; set; } = string.Empty;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var message = GovukErrors.First(ViewContext, For);
        if (message is null)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "p";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("id", GovukErrors.MessageId(For));
        output.Attributes.SetAttribute("class", "govuk-error-message");
        output.Content.SetHtmlContent($"<span class=\"govuk-visually-hidden\">Error:</span> {GovukField.Encoder.Encode(message)}");
    }
}

/// <summary>A field's first error from the model state, and the id of its message: one rule for every helper.</summary>
internal static class GovukErrors
{
    public static string? First(ViewContext viewContext, string field) =>
        viewContext.ViewData.ModelState.TryGetValue(field, out var entry) && entry.ValidationState == ModelValidationState.Invalid
            ? entry.Errors.FirstOrDefault()?.ErrorMessage
            : null;

    public static bool Has(ViewContext viewContext, string field) => !string.IsNullOrEmpty(First(viewContext, field));

    public static string MessageId(string field) => TagBuilder.CreateSanitizedId(field, "_") + "-error";
}
