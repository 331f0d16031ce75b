using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CpdPortal.Web.TagHelpers;

/// <summary>
/// A GOV.UK button on a <c>&lt;button&gt;</c> or a link: <c>&lt;button govuk-button&gt;Save&lt;/button&gt;</c>,
/// <c>&lt;button govuk-button="secondary"&gt;</c> (the kind: nothing for the main green button, secondary, warning, inverse, start), <c>="warning"</c>, <c>="inverse"</c>, or
/// <c>&lt;a govuk-button="start" asp-action="Start"&gt;Start now&lt;/a&gt;</c> (the start button, with its arrow; the
/// link's route comes from the anchor tag helper). <c>prevent-double-click="true"</c> stops a second submit within a
/// second (govuk-frontend's data-prevent-double-click). A <c>&lt;button&gt;</c> without a type is a submit button.
/// </summary>
[HtmlTargetElement("button", Attributes = AttributeName)]
[HtmlTargetElement("a", Attributes = AttributeName)]
public sealed class ButtonTagHelper : TagHelper
{
    private const string AttributeName = "govuk-button";

    private const string StartIcon =
        "<svg class=\"govuk-button__start-icon\" xmlns=\"http://www.w3.org/2000/svg\" width=\"17.5\" height=\"19\" viewBox=\"0 0 33 40\" aria-hidden=\"true\" focusable=\"false\"><path fill=\"currentColor\" d=\"M0 0h13l20 20-20 20H0l20-20z\"/></svg>";

    private static readonly string[] Variants = ["", "secondary", "warning", "inverse", "start"];

    public bool PreventDoubleClick { get; set; }

    /// <summary>Runs after the anchor tag helper has written the link's href.</summary>
    public override int Order => 10;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);

        // Read, not bound: a bound string attribute could not be written bare (<button govuk-button>).
        var written = context.AllAttributes.TryGetAttribute(AttributeName, out var attribute) ? attribute.Value?.ToString() : null;
        var variant = (written ?? string.Empty).Trim().ToLowerInvariant();
        if (!Variants.Contains(variant))
        {
            throw new InvalidOperationException($"govuk-button=\"{written}\" is not a GOV.UK button: use one of secondary, warning, inverse, start or nothing.");
        }

        output.Attributes.RemoveAll(AttributeName);

        var classes = output.Attributes.TryGetAttribute("class", out var c) ? c.Value?.ToString() : null;
        var modifier = variant.Length == 0 ? string.Empty : $" govuk-button--{variant}";
        output.Attributes.SetAttribute("class", ("govuk-button" + modifier + " " + classes).Trim());
        output.Attributes.SetAttribute("data-module", "govuk-button");
        if (PreventDoubleClick)
        {
            output.Attributes.SetAttribute("data-prevent-double-click", "true");
        }

        if (output.TagName == "a")
        {
            output.Attributes.SetAttribute("role", "button");
            output.Attributes.SetAttribute("draggable", "false");
        }
        else if (!output.Attributes.ContainsName("type"))
        {
            output.Attributes.SetAttribute("type", "submit");
        }

        if (variant == "start")
        {
            output.PostContent.AppendHtml(StartIcon);
        }
    }
}
