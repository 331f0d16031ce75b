using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CpdPortal.Web.TagHelpers;

/// <summary>
/// The GOV.UK notification banner: <c>&lt;govuk-notification-banner heading="..."&gt;more text&lt;/govuk-notification-banner&gt;</c>.
/// <c>type="success"</c> is the green banner announced at once (role alert, title "Success"); otherwise it is the
/// blue "Important" banner, a labelled region. The content (if any) follows the heading.
/// </summary>
[HtmlTargetElement("govuk-notification-banner")]
public sealed class NotificationBannerTagHelper : TagHelper
{
    /// <summary>"success" or nothing.</summary>
    public string? Type { get; set; }

    /// <summary>The banner's title; "Success" or "Important" by default.</summary>
    public string? Title { get; set; }

    /// <summary>The banner's main line, in bold.</summary>
    public string? Heading { get; set; }

    /// <summary>The title's id, which labels the banner; unique on the page.</summary>
    public string TitleId { get; set; } = "govuk-notification-banner-title";

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        var success = string.Equals(Type, "success", StringComparison.OrdinalIgnoreCase);
        var encoder = GovukField.Encoder;
        var content = await output.GetChildContentAsync();
        var title = Title ?? (success ? "Success" : "Important");
        var titleId = encoder.Encode(TitleId);

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-notification-banner" + (success ? " govuk-notification-banner--success" : string.Empty));
        output.Attributes.SetAttribute("role", success ? "alert" : "region");
        output.Attributes.SetAttribute("aria-labelledby", TitleId);
        output.Attributes.SetAttribute("data-module", "govuk-notification-banner");
        output.Content.SetHtmlContent(
            "<div class=\"govuk-notification-banner__header\">" +
            $"<h2 class=\"govuk-notification-banner__title\" id=\"{titleId}\">{encoder.Encode(title)}</h2></div>" +
            "<div class=\"govuk-notification-banner__content\">" +
            (Heading is null ? string.Empty : $"<p class=\"govuk-notification-banner__heading\">{encoder.Encode(Heading)}</p>"));
        output.Content.AppendHtml(content);
        output.Content.AppendHtml("</div>");
    }
}
