using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CpdPortal.Web.Tests.TagHelpers;

/// <summary>
/// Renders a tag helper with child tag helpers as Razor does: the parent's Items are shared with the children,
/// which run when the parent asks for its child content.
/// </summary>
internal static class ComponentHarness
{
    public sealed record Child(TagHelper Helper, string Tag, string Content = "", TagHelperAttributeList? Attributes = null);

    public static async Task<string> RenderAsync(TagHelper parent, string tag, params Child[] children)
    {
        var items = new Dictionary<object, object>();
        var context = new TagHelperContext(tag, [], items, "parent");
        var output = new TagHelperOutput(tag, [], async (_, _) =>
        {
            var content = new DefaultTagHelperContent();
            foreach (var child in children)
            {
                content.AppendHtml(await RenderChildAsync(child, items));
            }

            return content;
        });
        parent.Init(context);
        await parent.ProcessAsync(context, output);
        return TagHelperHarness.Html(output);
    }

    public static async Task<string> RenderAsync(TagHelper helper, string tag, string content, TagHelperAttributeList? attributes = null)
    {
        var context = new TagHelperContext(tag, attributes ?? [], new Dictionary<object, object>(), "only");
        var output = new TagHelperOutput(tag, attributes ?? [], (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent().SetHtmlContent(content)));
        await helper.ProcessAsync(context, output);
        return TagHelperHarness.Html(output);
    }

    private static async Task<string> RenderChildAsync(Child child, Dictionary<object, object> items)
    {
        var context = new TagHelperContext(child.Tag, [], new Dictionary<object, object>(items), "child");
        var output = new TagHelperOutput(child.Tag, child.Attributes ?? [], (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent().SetHtmlContent(child.Content)));
        await child.Helper.ProcessAsync(context, output);
        using var writer = new StringWriter();
        output.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }
}
