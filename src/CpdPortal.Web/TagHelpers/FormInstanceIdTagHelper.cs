using CpdPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CpdPortal.Web.TagHelpers;

/// <summary>
/// Every create form's hidden form instance id, the same way everywhere: &lt;form-instance-id /&gt; inside the form.
/// A new id each time the form is shown, so a form shown again after an error is a new instance too (the failed post
/// recorded nothing). See docs/adr/0017-one-record-per-form-submission.md.
/// </summary>
[HtmlTargetElement("form-instance-id", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FormInstanceIdTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.TagName = "input";
        output.TagMode = TagMode.SelfClosing;
        output.Attributes.SetAttribute("type", "hidden");
        output.Attributes.SetAttribute("name", FormInstanceId.FieldName);
        output.Attributes.SetAttribute("value", FormInstanceId.NewValue());
    }
}
