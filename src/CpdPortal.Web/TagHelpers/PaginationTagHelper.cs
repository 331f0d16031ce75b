using System.Globalization;
using System.Text;
using CpdPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CpdPortal.Web.TagHelpers;

/// <summary>
/// GOV.UK pagination for a paged result: <c>&lt;govuk-pagination page="@list.Page" total-pages="@list.TotalPages" /&gt;</c>.
/// Each link is the current page's own URL with only its page parameter changed, so the list's filters are kept and
/// no view writes a path. <c>parameter</c> names the page parameter when a page has two lists; <c>fragment</c> lands
/// the reader back on the list (e.g. "comments"). Renders nothing for a single page.
/// </summary>
[HtmlTargetElement("govuk-pagination", TagStructure = TagStructure.WithoutEndTag)]
public sealed class PaginationTagHelper : TagHelper
{
    private const string PreviousIcon =
        "<svg class=\"govuk-pagination__icon govuk-pagination__icon--prev\" xmlns=\"http://www.w3.org/2000/svg\" height=\"13\" width=\"15\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 15 13\"><path d=\"m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z\"></path></svg>";

    private const string NextIcon =
        "<svg class=\"govuk-pagination__icon govuk-pagination__icon--next\" xmlns=\"http://www.w3.org/2000/svg\" height=\"13\" width=\"15\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 15 13\"><path d=\"m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z\"></path></svg>";

    public int Page { get; set; } = 1;

    public int TotalPages { get; set; } = 1;

    /// <summary>The query parameter that carries the page number.</summary>
    public string Parameter { get; set; } = "page";

    /// <summary>A fragment (without #) added to every link.</summary>
    public string? Fragment { get; set; }

    /// <summary>The navigation's accessible name; "Pages" by default, different when a page has two lists.</summary>
    public string Label { get; set; } = "Pages";

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (TotalPages <= 1)
        {
            output.SuppressOutput();
            return;
        }

        var encoder = GovukField.Encoder;
        var model = new PaginationModel(Math.Clamp(Page, 1, TotalPages), TotalPages, UrlFor);
        var html = new StringBuilder();
        if (model.Page > 1)
        {
            html.Append($"<div class=\"govuk-pagination__prev\"><a class=\"govuk-link govuk-pagination__link\" href=\"{encoder.Encode(UrlFor(model.Page - 1))}\" rel=\"prev\">{PreviousIcon}<span class=\"govuk-pagination__link-title\">Previous<span class=\"govuk-visually-hidden\"> page</span></span></a></div>");
        }

        html.Append("<ul class=\"govuk-pagination__list\">");
        foreach (var n in model.PagesToShow())
        {
            if (n is not { } number)
            {
                html.Append("<li class=\"govuk-pagination__item govuk-pagination__item--ellipses\">&ctdot;</li>");
                continue;
            }

            var current = number == model.Page;
            html.Append($"<li class=\"govuk-pagination__item{(current ? " govuk-pagination__item--current" : string.Empty)}\">");
            html.Append($"<a class=\"govuk-link govuk-pagination__link\" href=\"{encoder.Encode(UrlFor(number))}\" aria-label=\"Page {number}\"{(current ? " aria-current=\"page\"" : string.Empty)}>{number}</a></li>");
        }

        html.Append("</ul>");
        if (model.Page < TotalPages)
        {
            html.Append($"<div class=\"govuk-pagination__next\"><a class=\"govuk-link govuk-pagination__link\" href=\"{encoder.Encode(UrlFor(model.Page + 1))}\" rel=\"next\"><span class=\"govuk-pagination__link-title\">Next<span class=\"govuk-visually-hidden\"> page</span></span>{NextIcon}</a></div>");
        }

        output.TagName = "nav";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-pagination");
        output.Attributes.SetAttribute("aria-label", Label);
        output.Content.SetHtmlContent(html.ToString());
    }

    /// <summary>This page's path and query with the page parameter set to <paramref name="page"/>.</summary>
    public string UrlFor(int page)
    {
        var request = ViewContext.HttpContext.Request;
        var query = new QueryBuilder(request.Query
            .Where(q => !string.Equals(q.Key, Parameter, StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? string.Empty))))
        {
            { Parameter, page.ToString(CultureInfo.InvariantCulture) },
        };
        var fragment = string.IsNullOrEmpty(Fragment) ? string.Empty : "#" + Fragment;
        return request.PathBase.Add(request.Path).ToUriComponent() + query.ToQueryString().ToUriComponent() + fragment;
    }
}
