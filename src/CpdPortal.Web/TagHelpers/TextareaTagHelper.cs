using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CpdPortal.Web.TagHelpers;

/// <summary>
/// A GOV.UK textarea with label, hint, error and, when <see cref="MaxLength"/> is set, the character count component:
/// &lt;govuk-textarea asp-for="WhatLearnt" label="What did you learn?" max-length="@FieldLengths.LongText" /&gt;.
/// </summary>
[HtmlTargetElement("govuk-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class TextareaTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = default!;

    /// <summary>
    /// The field's name when it is not <c>asp-for</c>'s, e.g. a form nested in the page's model that posts its fields
    /// without the prefix (<c>asp-for="Form.Feedback" name="Feedback"</c>): the name, id and model-state key.
    /// </summary>
    public string? Name { get; set; }

    public string Label { get; set; } = string.Empty;

    public string? Hint { get; set; }

    public string? LabelClass { get; set; }

    public int Rows { get; set; } = 5;

    public int? MaxLength { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var encoder = GovukField.Encoder;
        var field = new GovukField(ViewContext, Name ?? For.Name);
        var id = field.Id;
        var value = field.AttemptedValue ?? For.Model?.ToString();

        var html = new System.Text.StringBuilder();
        html.Append($"<label class=\"govuk-label {encoder.Encode(LabelClass ?? string.Empty)}\" for=\"{id}\">{encoder.Encode(Label)}</label>");
        field.AppendHint(html, Hint);
        field.AppendError(html);

        var classes = "govuk-textarea" + (MaxLength is null ? string.Empty : " govuk-js-character-count") + (field.HasError ? " govuk-textarea--error" : string.Empty);
        html.Append($"<textarea class=\"{classes}\" id=\"{id}\" name=\"{encoder.Encode(field.Name)}\" rows=\"{Rows}\"");
        html.Append(field.DescribedByAttribute());
        html.Append('>');
        html.Append(encoder.Encode(value ?? string.Empty));
        html.Append("</textarea>");

        if (MaxLength is { } max)
        {
            html.Append($"<div id=\"{id}-info\" class=\"govuk-hint govuk-character-count__message\">You can enter up to {max} characters</div>");
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        var group = field.FormGroupClass;
        if (MaxLength is { } limit)
        {
            output.Attributes.SetAttribute("class", "govuk-character-count");
            output.Attributes.SetAttribute("data-module", "govuk-character-count");
            output.Attributes.SetAttribute("data-maxlength", limit);
            output.PreContent.SetHtmlContent($"<div class=\"{group}\">");
            output.PostContent.SetHtmlContent("</div>");
        }
        else
        {
            output.Attributes.SetAttribute("class", group);
        }

        output.Content.SetHtmlContent(html.ToString());
    }
}
