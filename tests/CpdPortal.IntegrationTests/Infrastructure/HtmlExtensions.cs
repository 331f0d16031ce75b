using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace CpdPortal.IntegrationTests.Infrastructure;

/// <summary>Parsing responses with AngleSharp, so tests assert on elements, not on strings.</summary>
public static partial class HtmlExtensions
{
    public const string AntiforgeryField = "__RequestVerificationToken";

    /// <summary>The page's own POST forms, in its main content: never the layout's sign-out form in the header.</summary>
    public const string PageForm = "main form[method='post']";

    /// <summary>
    /// The layout's sign-out form, for a test that needs any valid token of the signed-in user (e.g. to prove a POST
    /// is refused for another reason) on a page with no form of its own.
    /// </summary>
    public const string SignOutForm = "form[action='/account/sign-out']";

    private static readonly HtmlParser Parser = new();

    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return await Parser.ParseDocumentAsync(html);
    }

    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.GetDocumentAsync();
    }

    /// <summary>The element's text with runs of white space collapsed to one space.</summary>
    public static string NormalisedText(this INode node) => Normalise(node.TextContent);

    public static string Normalise(string text) => WhiteSpace().Replace(text, " ").Trim();

    /// <summary>The single element matching the selector; fails the test if there is none or several.</summary>
    public static IElement GetSingle(this IParentNode node, string selector)
    {
        var matches = node.QuerySelectorAll(selector);
        Assert.True(matches.Length == 1, $"Expected exactly one element matching '{selector}', found {matches.Length}.");
        return matches[0];
    }

    /// <summary>The value beside a key in a GOV.UK summary list (dt/dd) inside this element.</summary>
    public static string SummaryValue(this IParentNode node, string key)
    {
        var rows = node.QuerySelectorAll(".govuk-summary-list__row")
            .Where(r => r.QuerySelector(".govuk-summary-list__key")?.NormalisedText() == key)
            .ToList();
        Assert.True(rows.Count == 1, $"Expected one summary row '{key}', found {rows.Count}.");
        return rows[0].GetSingle(".govuk-summary-list__value").NormalisedText();
    }

    /// <summary>
    /// The antiforgery token of the first form matching the selector (the node itself, or inside it); by default the
    /// page's own first POST form (<see cref="PageForm"/>). The token must be inside that form: the layout's sign-out
    /// form carries a token on every page, and taking it would let a form without its own token pass its test.
    /// </summary>
    public static string GetAntiforgeryToken(this IParentNode node, string formSelector = PageForm)
    {
        var form = node is IElement element && element.Matches(formSelector) ? element : node.QuerySelector(formSelector);
        Assert.NotNull(form);
        var input = form.QuerySelector($"input[name='{AntiforgeryField}']");
        Assert.NotNull(input);
        var token = input.GetAttribute("value");
        Assert.False(string.IsNullOrEmpty(token), "The antiforgery token is empty.");
        return token;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
