using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CpdPortal.Web.TagHelpers;

/// <summary>
/// A GOV.UK table with its caption: <c>&lt;govuk-table caption="Courses" caption-class="govuk-table__caption--m"&gt;
/// &lt;thead class="govuk-table__head"&gt;...&lt;/govuk-table&gt;</c>. With <c>scroll="true"</c> a wide table scrolls
/// sideways inside a focusable region named by its caption (<c>.app-table-scroll</c>), so the page itself never does
/// (WCAG 1.4.10 Reflow) and a keyboard user can scroll it. Other attributes (class, data-testid) stay on the table.
/// Follow it with <c>&lt;govuk-pagination&gt;</c> for a paged list.
/// </summary>
[HtmlTargetElement("govuk-table")]
public sealed class TableTagHelper : TagHelper
{
    public string Caption { get; set; } = string.Empty;

    /// <summary>e.g. govuk-table__caption--m; "govuk-visually-hidden" for a caption read only by screen readers.</summary>
    public string? CaptionClass { get; set; }

    /// <summary>The caption's id, which names the scroll region; made from the tag's position when not given.</summary>
    public string? CaptionId { get; set; }

    /// <summary>Wrap the table in a focusable, labelled region that scrolls sideways.</summary>
    public bool Scroll { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        var encoder = GovukField.Encoder;
        var content = await output.GetChildContentAsync();
        var captionId = CaptionId ?? "table-caption-" + context.UniqueId;
        var classes = output.Attributes.TryGetAttribute("class", out var c) ? " " + c.Value : string.Empty;

        output.TagName = "table";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-table" + classes);
        var captionClass = ("govuk-table__caption " + CaptionClass).Trim();
        output.Content.SetHtmlContent($"<caption class=\"{encoder.Encode(captionClass)}\" id=\"{encoder.Encode(captionId)}\">{encoder.Encode(Caption)}</caption>");
        output.Content.AppendHtml(content);
        if (Scroll)
        {
            output.PreElement.SetHtmlContent($"<div class=\"app-table-scroll\" role=\"region\" aria-labelledby=\"{encoder.Encode(captionId)}\" tabindex=\"0\">");
            output.PostElement.SetHtmlContent("</div>");
        }
    }
}
