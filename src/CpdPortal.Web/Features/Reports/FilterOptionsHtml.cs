using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using CpdPortal.Application.Reports;
using Microsoft.AspNetCore.Html;

namespace CpdPortal.Web.Features.Reports;

/// <summary>
/// The &lt;option&gt; elements of a report filter's team or role list. At a national volume the team list has thousands
/// of entries on every report page; the list itself is remembered between requests (ADR 0040's read caches), so its
/// HTML is made once per list and each request only marks the chosen option (docs/adr/0041).
/// </summary>
public static class FilterOptionsHtml
{
    private static readonly ConditionalWeakTable<IReadOnlyList<FilterOption>, string> Made = [];

    /// <summary>Every option, encoded, with <paramref name="selected"/> (if it is one of them) marked as selected.</summary>
    public static IHtmlContent Render(IReadOnlyList<FilterOption> options, int? selected)
    {
        ArgumentNullException.ThrowIfNull(options);
        var html = Made.GetValue(options, Make);
        if (selected is not { } id)
        {
            return new HtmlString(html);
        }

        var marker = Opening(id);
        var at = html.IndexOf(marker, StringComparison.Ordinal);
        return at < 0 ? new HtmlString(html) : new Marked(html, at + marker.Length - 1);
    }

    private static string Opening(int id) => string.Create(CultureInfo.InvariantCulture, $"<option value=\"{id}\">");

    private static string Make(IReadOnlyList<FilterOption> options)
    {
        var html = new StringBuilder(options.Count * 48);
        foreach (var option in options)
        {
            html.Append(Opening(option.Id)).Append(HtmlEncoder.Default.Encode(option.Name)).Append("</option>");
        }

        return html.ToString();
    }

    /// <summary>The made HTML written with " selected" inserted before the chosen option's closing "&gt;".</summary>
    private sealed class Marked(string html, int at) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            ArgumentNullException.ThrowIfNull(writer);
            writer.Write(html.AsSpan(0, at));
            writer.Write(" selected");
            writer.Write(html.AsSpan(at));
        }
    }
}
