using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CpdPortal.Web.TagHelpers;

/// <summary>
/// The GOV.UK summary list: <c>&lt;govuk-summary-list&gt;&lt;govuk-summary-row key="Name"&gt;value&lt;/govuk-summary-row&gt;
/// &lt;/govuk-summary-list&gt;</c>. A row may have one action (<c>action-href</c>, <c>action-text</c> "Change" by default,
/// <c>action-hidden</c> naming what changes for screen readers); when some rows have actions the others are marked
/// <c>--no-actions</c>, as govuk-frontend does.
/// </summary>
[HtmlTargetElement("govuk-summary-list")]
[RestrictChildren("govuk-summary-row")]
public sealed class SummaryListTagHelper : TagHelper
{
    /// <summary>govuk-summary-list--no-border.</summary>
    public bool NoBorder { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        var rows = new List<SummaryRow>();
        context.Items[typeof(SummaryRow)] = rows;
        await output.GetChildContentAsync();

        var anyActions = rows.Exists(r => r.ActionHref is not null);
        var encoder = GovukField.Encoder;
        var html = new StringBuilder();
        foreach (var row in rows)
        {
            var noActions = anyActions && row.ActionHref is null ? " govuk-summary-list__row--no-actions" : string.Empty;
            html.Append($"<div class=\"govuk-summary-list__row{noActions}\"{(row.TestId is null ? string.Empty : $" data-testid=\"{encoder.Encode(row.TestId)}\"")}{row.Attributes}>");
            html.Append($"<dt class=\"govuk-summary-list__key\">{encoder.Encode(row.Key)}</dt>");
            html.Append("<dd class=\"govuk-summary-list__value").Append(row.ValueClass is null ? string.Empty : " " + encoder.Encode(row.ValueClass)).Append('"')
                .Append(row.ValueTestId is null ? string.Empty : $" data-testid=\"{encoder.Encode(row.ValueTestId)}\"")
                .Append('>').Append(row.Value).Append("</dd>");
            if (row.ActionHref is not null)
            {
                var hidden = row.ActionHidden is null ? string.Empty : $"<span class=\"govuk-visually-hidden\"> {encoder.Encode(row.ActionHidden)}</span>";
                html.Append($"<dd class=\"govuk-summary-list__actions\"><a class=\"govuk-link\" href=\"{encoder.Encode(row.ActionHref)}\">{encoder.Encode(row.ActionText)}{hidden}</a></dd>");
            }

            html.Append("</div>");
        }

        output.TagName = "dl";
        output.TagMode = TagMode.StartTagAndEndTag;
        var classes = output.Attributes.TryGetAttribute("class", out var c) ? " " + c.Value : string.Empty;
        output.Attributes.SetAttribute("class", "govuk-summary-list" + (NoBorder ? " govuk-summary-list--no-border" : string.Empty) + classes);
        output.Content.SetHtmlContent(html.ToString());
    }
}

/// <summary>
/// One row of a <c>&lt;govuk-summary-list&gt;</c>: the key, the content as its value, an optional action. Other
/// attributes (<c>data-*</c> for tests and scripts) are kept on the row.
/// </summary>
[HtmlTargetElement("govuk-summary-row", ParentTag = "govuk-summary-list")]
public sealed class SummaryRowTagHelper : TagHelper
{
    public string Key { get; set; } = string.Empty;

    /// <summary>Where the row's action goes (e.g. <c>@Url.Action("Edit")</c>); no action when null.</summary>
    public string? ActionHref { get; set; }

    public string ActionText { get; set; } = "Change";

    /// <summary>What the action changes, read only by screen readers ("Change<em> name</em>").</summary>
    public string? ActionHidden { get; set; }

    /// <summary>A data-testid for the row.</summary>
    public string? TestId { get; set; }

    /// <summary>A data-testid for the value alone (its <c>dd</c>).</summary>
    public string? ValueTestId { get; set; }

    /// <summary>More classes for the value (e.g. <c>app-preserve-lines</c> for text with line breaks).</summary>
    public string? ValueClass { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        var rows = (List<SummaryRow>)context.Items[typeof(SummaryRow)];
        var value = await output.GetChildContentAsync();
        rows.Add(new SummaryRow(Key, new HtmlString(value.GetContent()), ActionHref, ActionText, ActionHidden, TestId, ValueTestId, ValueClass, OtherAttributes(output)));
        output.SuppressOutput();
    }

    /// <summary>The row's other attributes (e.g. <c>data-criterion</c>), written on its <c>div</c> as given.</summary>
    private static string OtherAttributes(TagHelperOutput output)
    {
        if (output.Attributes.Count == 0)
        {
            return string.Empty;
        }

        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        foreach (var attribute in output.Attributes)
        {
            writer.Write(' ');
            attribute.WriteTo(writer, GovukField.Encoder);
        }

        return writer.ToString();
    }
}

internal sealed record SummaryRow(string Key, IHtmlContent Value, string? ActionHref, string ActionText, string? ActionHidden, string? TestId, string? ValueTestId, string? ValueClass, string Attributes);
