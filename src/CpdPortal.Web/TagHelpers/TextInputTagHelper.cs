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

    /// <summary>
    /// The field's name when it is not <c>asp-for</c>'s, e.g. a form nested in the page's model that posts its fields
    /// without the prefix (<c>asp-for="Form.Feedback" name="Feedback"</c>): the name, id and model-state key.
    /// </summary>
    public string? Name { get; set; }

    public string Label { get; set; } = string.Empty;

    public string? Hint { get; set; }

    public string Type { get; set; } = "text";

    public string? Autocomplete { get; set; }

    /// <summary>Extra classes for the label, e.g. govuk-label--m.</summary>
    public string? LabelClass { get; set; }

    /// <summary>Extra classes for the input, e.g. govuk-input--width-20.</summary>
    public string? InputClass { get; set; }

    public bool Spellcheck { get; set; } = true;

    /// <summary>The keyboard a phone shows, e.g. numeric or decimal.</summary>
    public string? Inputmode { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var encoder = GovukField.Encoder;
        var field = new GovukField(ViewContext, Name ?? For.Name);
        var id = field.Id;
        // Re-show what was typed, except passwords.
        var value = Type == "password" ? null : field.AttemptedValue ?? For.Model?.ToString();

        var html = new System.Text.StringBuilder();
        html.Append($"<label class=\"govuk-label {encoder.Encode(LabelClass ?? string.Empty)}\" for=\"{id}\">{encoder.Encode(Label)}</label>");
        field.AppendHint(html, Hint);
        field.AppendError(html);

        var inputClass = "govuk-input" + (field.HasError ? " govuk-input--error" : string.Empty) + (InputClass is null ? string.Empty : " " + InputClass);
        html.Append($"<input class=\"{encoder.Encode(inputClass)}\" id=\"{id}\" name=\"{encoder.Encode(field.Name)}\" type=\"{encoder.Encode(Type)}\"");
        if (value is not null)
        {
            html.Append($" value=\"{encoder.Encode(value)}\"");
        }

        if (Autocomplete is not null)
        {
            html.Append($" autocomplete=\"{encoder.Encode(Autocomplete)}\"");
        }

        if (Inputmode is not null)
        {
            html.Append($" inputmode=\"{encoder.Encode(Inputmode)}\"");
        }

        if (!Spellcheck)
        {
            html.Append(" spellcheck=\"false\"");
        }

        html.Append(field.DescribedByAttribute());
        html.Append('>');

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", field.FormGroupClass);
        output.Content.SetHtmlContent(html.ToString());
    }
}
